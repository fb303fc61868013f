chiboSearch.terms("bt",{"btctw":[0,[0,99,1,1,1,1]],"btctwquyet":[["btctwquyêt1"],[1,1]]});
