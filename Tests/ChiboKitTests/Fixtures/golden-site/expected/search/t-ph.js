chiboSearch.terms("ph",{"phan":[["phân2"],"cbcbbb"],"phuong":[["phương2","phương"],"aEbbbBRbcbbc"]});
