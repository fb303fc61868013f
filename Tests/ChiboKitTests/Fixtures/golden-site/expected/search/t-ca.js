chiboSearch.terms("ca",{"cac":[["cac1"],"cb"],"cao":[["cao1"],"bBRbbb"],"cap":[["câp1"],"gb"],"cau":[["câu2"],"cs"]});
