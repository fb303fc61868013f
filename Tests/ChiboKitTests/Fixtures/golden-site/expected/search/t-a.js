chiboSearch.terms("a",{"a":[0,"cbfBBb"]});
