chiboSearch.terms("hu",{"huong":[["hương1"],[0,99,1,2,1,35]]});
