chiboSearch.terms("to",{"to":[["tô3"],"aCbbbbCJb"],"tong":[["tông3"],"cb"]});
