chiboSearch.terms("bi",{"bieu":[["biêu3"],"cb"]});
