chiboSearch.terms("or",{"org":[0,"cb"]});
