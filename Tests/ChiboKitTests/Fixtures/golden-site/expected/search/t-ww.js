chiboSearch.terms("ww",{"www":[0,"cb"]});
