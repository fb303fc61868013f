chiboSearch.terms("du",{"du":[["đu3"],"cb"],"dung":[0,"ctcBb"],"dungloai":[["dungloai5"],"cb"],"dungtai":[["dungtai3"],"cb"],"duoc":[["đươc5"],"ab"]});
