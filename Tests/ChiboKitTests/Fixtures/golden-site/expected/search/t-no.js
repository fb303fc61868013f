chiboSearch.terms("no",{"noi":[["nôi5"],"cvbBBcbZb"]});
