chiboSearch.terms("ba",{"ban":[["ban","ban3"],"aCbbbcd"],"bao":[["bao1"],"bBRbbb"]});
