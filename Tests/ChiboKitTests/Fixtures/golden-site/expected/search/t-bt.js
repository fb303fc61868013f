chiboSearch.terms("bt",{"btctw":[0,"aDdbbbb"],"btctwquyet":[["btctwquyêt1"],"bb"]});
