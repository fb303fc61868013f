chiboSearch.terms("du",{"du":[["đu3"],"cb"],"dung":[0,"cvcBb"],"duoc":[["đươc5"],"ab"]});
