chiboSearch.terms("6_",{"6/2026":[0,"eCbbCb"]});
