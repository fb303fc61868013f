chiboSearch.documents(0,[
["directives/10-hd-btctw.html","Hướng dẫn 10-HD/BTCTW","Văn bản",[],"về việc thành lập chi bộ cơ quan xã, phường, thị trấn"],
["guidance/dia-phuong/bao-cao.html","Báo cáo của một địa phương","Hướng dẫn",[["Kết quả","ket-qua"]],"Kết quả Theo hướng dẫn và Hướng dẫn số 10- HD/BTCTW, ngày 10 tháng 10 năm 2007 của Ban Tổ chức Trung ương, tỉnh đã lập 2 chi bộ. Văn bản Ghi chú Hướng dẫn 10-HD/BTCTW Quyết định số 99-QĐ/TU chưa có trong danh mục"],
["guidance/huong-dan.html","Hướng dẫn tổ chức chi bộ cơ quan xã","Hướng dẫn",[["Mục đích, yêu cầu","muc-dich-yeu-cau"],["Nội dung","noi-dung"],["Nội dung","noi-dung-1"]],"Trang mẫu có đủ các thành phần. Hướng dẫn này thay thế Hướng dẫn số 10-HD/BTCTW, ngày 10/10/2007. Mục đích, yêu cầu Xem mục nội dung và báo cáo địa phương. Nội dung Loại hình Số chi bộ Chi bộ cơ quan 2 Tổng 2 Mỗi xã chỉ lập một chi bộ cơ quan. Bỏ mục cũ; xem https://www.example.org/a?b=1&c=2. Nội dung Tải biểu mẫu. alert(\"không chạy\") Chú thích có liên kết."],
["guidance/noi-bo.html","Ghi chú nội bộ","Hướng dẫn",[],"Tài liệu lưu hành nội bộ."],
["packs/2026-06/chung.html","Nội dung chung","Tài liệu sinh hoạt",[],"Phần chung cho mọi loại hình chi bộ."],
["packs/2026-06/thon-xom.html","Chi bộ thôn, xóm","Tài liệu sinh hoạt",[],"Chuyên đề của chi bộ thôn, xóm. Xem phần chung."],
["orgs/xa-thu.html","Đảng bộ xã Thử & Co","Tổ chức",[],"Đảng bộ cấp trên trực tiếp cơ sở"],
["orgs/xom-a.html","Chi bộ xóm A","Tổ chức",[],"Chi bộ trực thuộc. Chi bộ thôn, xóm. Đảng bộ xã Thử & Co"]]);
