chiboSearch.terms("no",{"noi":[["nôi5"],[2,21,1,34,1,33]]});
