chiboSearch.terms("kh",{"khong":[["không"],"cb"],"khu":[0,"jb"]});
