chiboSearch.terms("ma",{"mau":[["mâu4"],"cc"]});
