chiboSearch.terms("ba",{"ban":[0,"bb"],"banghi":[["banghi3"],"bb"],"bao":[["bao1"],"bBbbb"]});
