chiboSearch.terms("mo",{"moi":[["moi5","mơi1"],"ebbeBbc"],"mot":[["môt5"],"bBbbb"]});
