chiboSearch.terms("so",{"so":[["sô1","sơ3"],"bcbbcbebc"]});
