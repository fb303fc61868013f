chiboSearch.terms("ta",{"tai":[["tai3","tai2"],"cbbbbc"]});
