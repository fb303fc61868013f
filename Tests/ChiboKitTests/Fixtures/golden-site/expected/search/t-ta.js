chiboSearch.terms("ta",{"tai":[["tai2"],[3,1]]});
