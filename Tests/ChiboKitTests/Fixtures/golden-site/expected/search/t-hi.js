chiboSearch.terms("hi",{"hinh":[["hinh2"],[4,1]],"hinhso":[["hinhsô1"],[2,1]]});
