chiboSearch.terms("ve",{"ve":[["vê2"],"aEb"]});
