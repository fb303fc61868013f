chiboSearch.terms("ph",{"phan":[["phân2"],[2,1,2,1,1,1]],"phuong":[["phương2","phương"],[0,65,1,1,33,2,1,1,2]]});
