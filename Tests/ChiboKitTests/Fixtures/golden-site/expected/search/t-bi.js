chiboSearch.terms("bi",{"bieu":[["biêu3"],[2,1]]});
