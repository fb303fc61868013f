chiboSearch.terms("mo",{"moi":[["moi5","mơi1"],[4,1,1,4,33,2]],"mot":[["môt5"],[1,33,1,1]]});
