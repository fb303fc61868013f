chiboSearch.terms("ba",{"ban":[["ban","ban3"],"bcd"],"bao":[["bao1"],"bBbbb"]});
