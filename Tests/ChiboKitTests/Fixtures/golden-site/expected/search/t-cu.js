chiboSearch.terms("cu",{"cu":[["cu4","cư"],[2,1,1,7,1,2]],"cua":[["cua3"],[1,34,4,1]]});
