chiboSearch.terms("hu",{"huong":[["hương1"],"aDdbdbBd"]});
