chiboSearch.terms("va",{"va":[["va2"],[1,1,1,1]],"van":[["văn"],[1,1]]});
