chiboSearch.terms("ca",{"cac":[["cac1"],[2,1]],"cao":[["cao1"],[1,33,1,1]],"cap":[["câp1"],[6,1]],"cau":[["câu2"],[2,17]],"cauxem":[["câuxem2"],[2,1]]});
