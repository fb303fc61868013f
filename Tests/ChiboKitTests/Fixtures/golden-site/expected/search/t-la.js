chiboSearch.terms("la",{"lap":[["lâp5"],[0,65,1,1,1,1]]});
