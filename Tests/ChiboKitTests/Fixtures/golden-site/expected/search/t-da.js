chiboSearch.terms("da",{"da":[["đa4"],"abbb"],"dan":[["dân4","dân"],"aDdbbdbbBdbhbc"],"dang":[["đang3"],"gDdbbbb"],"danh":[0,"bb"]});
