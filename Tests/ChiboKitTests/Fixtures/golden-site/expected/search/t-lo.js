chiboSearch.terms("lo",{"loai":[["loai5"],"cbcb"]});
