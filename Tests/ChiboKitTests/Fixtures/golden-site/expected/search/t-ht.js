chiboSearch.terms("ht",{"https":[0,"cb"]});
