chiboSearch.terms("ye",{"yeu":[["yêu"],[2,18]]});
