chiboSearch.terms("la",{"lap":[["lâp5"],"aEbbbbb"]});
