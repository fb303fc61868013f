chiboSearch.terms("al",{"alert":[0,"cb"]});
