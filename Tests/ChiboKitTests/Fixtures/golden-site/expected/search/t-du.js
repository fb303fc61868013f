chiboSearch.terms("du",{"du":[["đu3"],"cb"],"dung":[0,"cvcZb"],"duoc":[["đươc5"],"ab"]});
