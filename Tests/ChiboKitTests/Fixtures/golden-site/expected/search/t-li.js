chiboSearch.terms("li",{"lien":[["liên"],[2,1]],"lieu":[["liêu5"],[3,1]]});
