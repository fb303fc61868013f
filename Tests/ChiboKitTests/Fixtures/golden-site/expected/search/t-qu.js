chiboSearch.terms("qu",{"qua":[["qua3"],[1,17]],"quan":[0,[0,65,2,34]],"quan2tong2moi":[["quan2tông2môi4"],[2,1]],"quatheo":[["quatheo3"],[1,1]]});
