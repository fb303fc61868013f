chiboSearch.terms("mo",{"moi":[["môi4","moi5","mơi1"],"cbbcbceBbe"],"mot":[["môt5"],"bBbbb"]});
