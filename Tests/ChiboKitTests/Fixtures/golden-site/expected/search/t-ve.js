chiboSearch.terms("ve",{"ve":[["vê2"],[0,65]]});
