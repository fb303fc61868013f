chiboSearch.terms("20",{"2007":[0,"bbbb"],"2014":[0,"ab"]});
