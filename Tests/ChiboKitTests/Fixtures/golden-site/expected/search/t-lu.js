chiboSearch.terms("lu",{"luu":[["lưu"],[3,1]]});
