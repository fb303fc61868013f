chiboSearch.terms("2",{"2":[0,[1,1,1,1]]});
