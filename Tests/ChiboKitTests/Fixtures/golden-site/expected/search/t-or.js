chiboSearch.terms("or",{"org":[0,[2,1]]});
