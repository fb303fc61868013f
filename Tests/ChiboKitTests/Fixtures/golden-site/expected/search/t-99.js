chiboSearch.terms("99",{"99":[0,"bb"]});
