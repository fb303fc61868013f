chiboSearch.terms("di",{"dia":[["đia5"],"bBRbbb"],"dich":[["đich1"],"cs"],"dinh":[["đinh5"],"bb"]});
