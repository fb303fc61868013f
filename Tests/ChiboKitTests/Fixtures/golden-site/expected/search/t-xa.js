chiboSearch.terms("xa",{"xa":[["xa4"],[0,65,2,34,4,98,1,1,1,1]]});
