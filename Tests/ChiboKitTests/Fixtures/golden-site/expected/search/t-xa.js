chiboSearch.terms("xa",{"xa":[["xa4"],"aEbcCJceBLcbbbb"]});
