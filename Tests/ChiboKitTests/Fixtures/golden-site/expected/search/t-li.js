chiboSearch.terms("li",{"lien":[["liên"],"cb"],"lieu":[["liêu5"],"db"]});
