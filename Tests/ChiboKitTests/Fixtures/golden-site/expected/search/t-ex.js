chiboSearch.terms("ex",{"example":[0,"cb"]});
