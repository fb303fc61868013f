chiboSearch.terms("ti",{"tiep":[["tiêp1"],[6,1]],"tinh":[["tinh3"],[1,1]]});
