chiboSearch.terms("al",{"alert":[0,[2,1]]});
