chiboSearch.terms("to",{"to":[["tô3"],"bbbBb"]});
