chiboSearch.terms("tr",{"tran":[["trân1"],[0,65]],"trang":[0,[2,1]],"tren":[["trên"],[6,1]],"trong":[0,[1,1]],"truc":[["trưc5"],[6,1,1,1,1,1]],"trung":[0,[1,1]]});
