chiboSearch.terms("2",{"2":[0,"bbbd"]});
