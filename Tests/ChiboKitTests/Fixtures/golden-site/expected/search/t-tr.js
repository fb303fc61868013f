chiboSearch.terms("tr",{"tran":[["trân1"],"aEb"],"trang":[0,"cb"],"tren":[["trên"],"gb"],"trong":[0,"bb"],"truc":[["trưc5"],"gbbbbb"],"trung":[0,"aCbbb"]});
