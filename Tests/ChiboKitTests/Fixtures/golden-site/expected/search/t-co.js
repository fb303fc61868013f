chiboSearch.terms("co",{"co":[["cơ","co1","co"],"aEbbbbcbCJfdeBLdfbbebbe"]});
