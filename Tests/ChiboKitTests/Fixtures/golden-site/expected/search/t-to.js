chiboSearch.terms("to",{"to":[["tô3"],[1,1,1,33]]});
