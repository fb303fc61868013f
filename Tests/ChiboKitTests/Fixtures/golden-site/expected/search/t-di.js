chiboSearch.terms("di",{"dia":[["đia5"],[1,33,1,1]],"dich":[["đich1"],[2,18]],"dinh":[["đinh5"],[1,1]]});
