chiboSearch.terms("no",{"noi":[["nôi5"],"cvbBcbBb"]});
