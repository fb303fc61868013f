chiboSearch.terms("gh",{"ghi":[0,[3,33]]});
