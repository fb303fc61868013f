chiboSearch.terms("qd",{"qd":[["qđ"],"bb"]});
