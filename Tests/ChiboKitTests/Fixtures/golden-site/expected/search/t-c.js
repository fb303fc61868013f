chiboSearch.terms("c",{"c":[0,"cb"]});
