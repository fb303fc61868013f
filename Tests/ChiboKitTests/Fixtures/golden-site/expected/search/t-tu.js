chiboSearch.terms("tu",{"tu":[0,"bb"]});
