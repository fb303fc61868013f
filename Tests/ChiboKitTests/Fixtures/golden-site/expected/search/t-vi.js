chiboSearch.terms("vi",{"viec":[["viêc5"],"aEb"]});
