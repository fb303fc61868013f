chiboSearch.terms("10",{"10":[0,"aBLfbebd"],"10/10/2007":[0,"aCbbbbb"],"10/2007":[0,"aCbbbbb"]});
