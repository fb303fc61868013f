chiboSearch.terms("ta",{"tai":[["tai2"],"db"]});
