chiboSearch.terms("va",{"va":[["va2"],"bbbb"],"van":[["văn"],"bb"]});
