chiboSearch.terms("so",{"so":[["sô1","sơ3"],[1,2,1,1,1,1,4,1,2]]});
