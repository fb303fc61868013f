chiboSearch.terms("qu",{"qua":[["qua3"],"br"],"quan":[0,"aCbcBc"],"quan2tong2moi":[["quan2tông2môi4"],"cb"],"quatheo":[["quatheo3"],"bb"]});
