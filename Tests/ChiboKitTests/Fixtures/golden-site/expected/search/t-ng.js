chiboSearch.terms("ng",{"ngay":[["ngay2"],"bbbb"]});
