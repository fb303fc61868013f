chiboSearch.terms("gh",{"ghi":[0,"bbcBBb"]});
