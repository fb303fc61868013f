chiboSearch.terms("ke",{"ket":[["kêt1"],[1,18,1,1]]});
