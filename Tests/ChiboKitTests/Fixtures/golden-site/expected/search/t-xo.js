chiboSearch.terms("xo",{"xom":[["xom1"],"fBccBcbBcbBb"]});
