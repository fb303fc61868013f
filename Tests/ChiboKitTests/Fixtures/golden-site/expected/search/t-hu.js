chiboSearch.terms("hu",{"huong":[["hương1"],"aBLdbdbCJd"]});
