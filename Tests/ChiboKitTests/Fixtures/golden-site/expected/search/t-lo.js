chiboSearch.terms("lo",{"loai":[["loai5"],[4,1]]});
