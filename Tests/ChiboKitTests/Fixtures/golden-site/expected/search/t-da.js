chiboSearch.terms("da",{"da":[["đa4"],"abbb"],"dan":[["dân4","dân"],"aBLdbbdbbCJdbhbc"],"dang":[["đang3"],"gBLdbbbb"],"danh":[0,"bb"]});
