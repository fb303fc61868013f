chiboSearch.terms("lo",{"loai":[["loai5"],"eb"]});
