chiboSearch.terms("du",{"du":[["đu3"],[2,1]],"dung":[0,[2,19,2,33]],"dungloai":[["dungloai5"],[2,1]],"dungtai":[["dungtai3"],[2,1]],"duoc":[["đươc5"],[0,1]]});
