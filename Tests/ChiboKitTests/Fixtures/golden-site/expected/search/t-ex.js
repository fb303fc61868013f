chiboSearch.terms("ex",{"example":[0,[2,1]]});
