chiboSearch.terms("tu",{"tu":[0,[1,1]]});
