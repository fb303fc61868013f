chiboSearch.terms("ba",{"ban":[0,[1,1]],"banghi":[["banghi3"],[1,1]],"bao":[["bao1"],[1,33,1,1]]});
