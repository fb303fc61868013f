chiboSearch.terms("bo",{"bo":[["bô5","bo3"],"aCbbbbbbBedbBcbbbbbBcbbDdbbBebbBebbBcb"],"bochi":[["bôchi5"],"cb"],"boi":[["bơi3"],"ab"]});
