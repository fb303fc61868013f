chiboSearch.terms("10",{"10":[0,"aDdbebd"]});
