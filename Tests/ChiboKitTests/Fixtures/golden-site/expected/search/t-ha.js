chiboSearch.terms("ha",{"hanh":[["hanh2"],"db"]});
