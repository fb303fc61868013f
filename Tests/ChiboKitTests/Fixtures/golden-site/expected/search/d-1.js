chiboSearch.documents(1,[
["orgs/xom-b.html","Chi bộ xóm B, thôn \"Mới\"","Tổ chức",[],"Chi bộ trực thuộc. Chi bộ thôn, xóm. Đảng bộ xã Thử & Co"],
["types/thon-xom.html","Chi bộ thôn, xóm","Loại hình chi bộ",[],"Chi bộ khu dân cư <thử>."]]);
