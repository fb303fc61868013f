chiboSearch.terms("qu",{"qua":[["qua3"],"bs"],"quan":[0,"aCbcBd"],"quyet":[["quyêt1"],"bb"]});
