chiboSearch.terms("mu",{"muc":[["muc5"],"bbbu"]});
