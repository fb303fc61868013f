chiboSearch.terms("di",{"dia":[["đia5"],"bBbbb"],"dich":[["đich1"],"cs"],"dinh":[["đinh5"],"bb"]});
