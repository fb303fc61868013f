chiboSearch.terms("ma",{"mau":[["mâu4"],[2,2]]});
