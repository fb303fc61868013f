chiboSearch.terms("1",{"1":[0,"cb"]});
