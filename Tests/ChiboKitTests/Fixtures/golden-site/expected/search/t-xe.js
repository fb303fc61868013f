chiboSearch.terms("xe",{"xem":[0,[2,1,3,1]]});
