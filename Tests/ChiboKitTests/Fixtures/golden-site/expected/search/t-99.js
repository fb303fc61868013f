chiboSearch.terms("99",{"99":[0,[1,1]]});
