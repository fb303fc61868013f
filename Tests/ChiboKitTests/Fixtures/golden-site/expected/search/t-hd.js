chiboSearch.terms("hd",{"hd":[0,"aBLdbcbb"]});
