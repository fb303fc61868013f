chiboSearch.terms("20",{"2007":[0,"aCbbbbb"],"2014":[0,"ab"],"2026":[0,"eCbbCb"]});
