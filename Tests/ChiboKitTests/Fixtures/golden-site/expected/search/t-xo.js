chiboSearch.terms("xo",{"xom":[["xom1"],"fBDdcBBcbBRcbBBb"]});
