chiboSearch.terms("vi",{"viec":[["viêc5"],[0,65]]});
