chiboSearch.terms("hd",{"hd":[0,[0,99,1,2,1,1]]});
