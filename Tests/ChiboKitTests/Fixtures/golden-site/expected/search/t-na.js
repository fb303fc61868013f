chiboSearch.terms("na",{"nam":[["năm"],"abbb"],"nay":[["nay2"],"cb"]});
