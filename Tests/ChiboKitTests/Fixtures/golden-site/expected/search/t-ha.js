chiboSearch.terms("ha",{"hanh":[["hanh2"],[3,1]]});
