chiboSearch.terms("mo",{"moi":[["môi4","moi5","mơi1"],"cbbcbceBRbe"],"mot":[["môt5"],"bBRbbb"]});
