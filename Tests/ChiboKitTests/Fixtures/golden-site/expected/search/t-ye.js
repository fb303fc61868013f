chiboSearch.terms("ye",{"yeu":[["yêu"],"cs"]});
