chiboSearch.terms("10",{"10":[0,[0,99,1,4,1,3]]});
