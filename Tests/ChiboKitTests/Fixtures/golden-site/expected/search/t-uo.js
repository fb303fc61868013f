chiboSearch.terms("uo",{"uong":[["ương"],[1,1]]});
