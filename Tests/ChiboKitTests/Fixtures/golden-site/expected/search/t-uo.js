chiboSearch.terms("uo",{"uong":[["ương"],"bb"]});
