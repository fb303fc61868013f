chiboSearch.terms("b",{"b":[0,"cbgBRb"]});
