chiboSearch.terms("a",{"a":[0,[2,1,5,33]]});
