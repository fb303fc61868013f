chiboSearch.terms("qu",{"qua":[["qua3"],"bs"],"quan":[0,"aEbcCJd"],"quyet":[["quyêt1"],"bb"]});
