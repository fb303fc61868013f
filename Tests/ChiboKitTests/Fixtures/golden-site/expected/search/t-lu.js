chiboSearch.terms("lu",{"luu":[["lưu"],"db"]});
