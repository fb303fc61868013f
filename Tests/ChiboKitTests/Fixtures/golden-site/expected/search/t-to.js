chiboSearch.terms("to",{"to":[["tô3"],"bbbBb"],"tong":[["tông3"],"cb"]});
