chiboSearch.terms("ti",{"tiep":[["tiêp1"],"gb"],"tinh":[["tinh3"],"bb"]});
