chiboSearch.terms("cu",{"cu":[["cu4","cư"],"cbbhbc"],"cua":[["cua3"],"bBRceb"]});
