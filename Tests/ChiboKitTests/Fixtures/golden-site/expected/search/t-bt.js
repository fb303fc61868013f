chiboSearch.terms("bt",{"btctw":[0,"aBLdbcbb"]});
