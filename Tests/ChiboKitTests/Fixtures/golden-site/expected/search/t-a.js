chiboSearch.terms("a",{"a":[0,"cbfBb"]});
