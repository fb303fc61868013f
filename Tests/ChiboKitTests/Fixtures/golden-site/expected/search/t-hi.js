chiboSearch.terms("hi",{"hinh":[["hinh2"],"cbcb"]});
