chiboSearch.terms("ww",{"www":[0,[2,1]]});
