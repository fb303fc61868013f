chiboSearch.terms("bo",{"bo":[["bô5","bo3"],"aEbbbbbbCJfdbBBcbbbbbBDdbbBLdbbBBebbBRebbBBcb"],"boi":[["bơi3"],"ab"]});
