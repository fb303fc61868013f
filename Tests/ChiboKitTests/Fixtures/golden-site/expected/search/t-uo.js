chiboSearch.terms("uo",{"uong":[["ương"],"aCbbb"]});
