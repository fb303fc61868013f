chiboSearch.terms("qd",{"qd":[["qđ"],[1,1]]});
