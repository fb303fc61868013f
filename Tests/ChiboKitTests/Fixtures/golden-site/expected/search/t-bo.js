chiboSearch.terms("bo",{"bo":[["bô5","bo3"],"aCbbbbbbBfdbBcbbbbbBcbbDdbbBebbBebbBcb"],"boi":[["bơi3"],"ab"]});
