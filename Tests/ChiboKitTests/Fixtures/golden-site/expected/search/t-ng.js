chiboSearch.terms("ng",{"ngay":[["ngay2"],[1,1,1,1]]});
