chiboSearch.terms("6",{"6":[0,"eCbbCb"]});
