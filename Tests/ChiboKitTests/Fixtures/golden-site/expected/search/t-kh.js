chiboSearch.terms("kh",{"khong":[["không"],[2,1]],"khu":[0,[9,1]]});
