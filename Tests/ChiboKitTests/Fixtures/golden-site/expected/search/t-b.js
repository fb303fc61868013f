chiboSearch.terms("b",{"b":[0,[2,1,6,33]]});
