chiboSearch.terms("de",{"de":[["đê2"],[5,1]]});
