chiboSearch.terms("mu",{"muc":[["muc5"],[1,1,1,20]]});
