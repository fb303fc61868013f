chiboSearch.terms("de",{"de":[["đê2"],"fb"]});
