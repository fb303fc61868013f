chiboSearch.terms("hi",{"hinh":[["hinh2"],"eb"],"hinhso":[["hinhsô1"],"cb"]});
