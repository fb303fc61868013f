chiboSearch.terms("ke",{"ket":[["kêt1"],"bsbb"]});
