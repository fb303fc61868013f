chiboSearch.terms("c",{"c":[0,[2,1]]});
