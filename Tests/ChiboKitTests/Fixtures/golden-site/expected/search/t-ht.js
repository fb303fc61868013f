chiboSearch.terms("ht",{"https":[0,[2,1]]});
