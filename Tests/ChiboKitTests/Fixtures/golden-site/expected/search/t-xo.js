chiboSearch.terms("xo",{"xom":[["xom1"],[5,34,2,34,1,34,1,33]]});
