chiboSearch.terms("xe",{"xem":[0,"ccdb"]});
