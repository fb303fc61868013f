chiboSearch.terms("na",{"nam":[["năm"],[0,1,1,1]],"nay":[["nay2"],[2,1]]});
