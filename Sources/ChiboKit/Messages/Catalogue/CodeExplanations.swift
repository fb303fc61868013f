/// What each diagnostic code means, in a few sentences an editor reads
/// without knowing how chibo works: what was found, why it matters for a
/// Party document or for the site, and whether it is an error or a warning:
/// the body of the guide's page of each code, under its `CodeSummaries`
/// line. The raw value is the code itself; the cases are those of
/// `CodeSummaries`, in the same order.
public struct CodeMeanings: CodeExplanation {
    public let code: CodeSummaries
    public init(code: CodeSummaries) { self.code = code }

    public static let domain = "meaning"

    public var texts: MessageTexts {
        switch code {
        case .citationUnknown: MessageTexts(
            en: "A citation names a symbol (such as `50-CT/TW`) that no entry of the registry in `directives/` has. "
                + "chibo cannot check its date, kind or issuing body, and the site cannot link it to the document's page; "
                + "a mistyped symbol sends the cell looking for a document that does not exist. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Trích dẫn nêu một số ký hiệu (ví dụ `50-CT/TW`) không có trong danh mục văn bản (thư mục `directives/`). "
                + "chibo không kiểm tra được ngày ban hành, loại văn bản và cơ quan ban hành của trích dẫn, "
                + "và trang web không có liên kết tới trang của văn bản; số ký hiệu gõ sai sẽ khiến chi bộ đi tìm một văn bản không có. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .citationDateMismatch: MessageTexts(
            en: "A citation gives a date of issue that differs from the registry's date for that symbol or, when several "
                + "entries share the symbol, a date none of them has. "
                + "A wrong date in a citation misleads the cell: the reader looks for, or quotes, a document of the wrong day. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Trích dẫn ghi ngày ban hành khác với ngày của số ký hiệu đó trong danh mục văn bản, hoặc, khi nhiều văn bản "
                + "cùng số ký hiệu, ghi một ngày không văn bản nào có. "
                + "Ngày ban hành sai trong trích dẫn làm chi bộ hiểu sai: người đọc tìm hoặc dẫn lại một văn bản sai ngày. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .citationInvalidDate: MessageTexts(
            en: "A citation gives a date that is not in the calendar, such as `ngày 31/2/2025` or a thirteenth month. "
                + "No document was issued on such a day, so the citation is certainly written wrong. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Trích dẫn ghi một ngày không có trên lịch, ví dụ `ngày 31/2/2025` hoặc tháng 13. "
                + "Không văn bản nào được ban hành vào ngày như vậy, nên trích dẫn chắc chắn đã ghi sai. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .citationKindMismatch: MessageTexts(
            en: "The kind word before a number contradicts the code inside the symbol, as in `Chỉ thị số 10-HD/BTCTW`, "
                + "where `HD` is the code of a Hướng dẫn. "
                + "Either the word or the symbol is wrong, and the reader cannot tell which document is meant. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Tên loại văn bản đứng trước số không khớp với chữ viết tắt trong số ký hiệu, ví dụ `Chỉ thị số 10-HD/BTCTW`, "
                + "trong khi `HD` là chữ viết tắt của Hướng dẫn. "
                + "Hoặc tên loại, hoặc số ký hiệu đã viết sai, và người đọc không biết văn bản nào được nói tới. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .citationIssuerMismatch: MessageTexts(
            en: "The issuing body disagrees with the registry: either the issuer code inside the symbol is wrong "
                + "(`10-HD/TCTW` where the registry has `10-HD/BTCTW` of that number and date), or the body named after "
                + "the citation (`của Bộ Chính trị`) is not the entry's `issuer`. "
                + "Bodies are compared without diacritics or capitals, and usual abbreviations such as `BBT` or `TU` "
                + "count as the full name. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Cơ quan ban hành không khớp với danh mục văn bản: hoặc chữ viết tắt của cơ quan ban hành trong số ký hiệu "
                + "bị sai (`10-HD/TCTW` trong khi danh mục văn bản có `10-HD/BTCTW` cùng số, cùng ngày), hoặc cơ quan "
                + "được nêu sau trích dẫn (`của Bộ Chính trị`) không phải cơ quan ghi ở trường `issuer` của văn bản. "
                + "Khi so sánh, chibo không phân biệt dấu và chữ hoa, chữ thường, và hiểu các chữ viết tắt thông dụng "
                + "như `BBT`, `TU` là tên đầy đủ. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .citationAnachronism: MessageTexts(
            en: "The page cites a directive issued after the page's own date (its `date:`, or for a pack the last day of "
                + "its `month:`). "
                + "A document cannot cite one that did not exist yet: the page's date, the citation or the registry's date "
                + "is wrong. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was. A page without a date is not judged.",
            vi: "Trang trích dẫn một văn bản ban hành sau ngày của chính trang (trường `date`, hoặc với tài liệu sinh hoạt "
                + "là ngày cuối của tháng ghi ở trường `month`). "
                + "Một văn bản không thể trích dẫn văn bản chưa ra đời: ngày của trang, trích dẫn, hoặc ngày ban hành trong "
                + "danh mục văn bản đã ghi sai. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới. "
                + "Trang không ghi ngày thì không bị xét.")
        case .citationSuperseded: MessageTexts(
            en: "The page cites a directive as if it were in force, but another document replaced it (its `replaces:` "
                + "names it) on or before the page's date; a cell following it would apply rules no longer in force. "
                + "It is not reported when the sentence says so (`nay là …`, `thay thế …`, `đã hết hiệu lực`), nor on the "
                + "replacing document itself, nor on a page without a date. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Trang trích dẫn một văn bản như thể còn hiệu lực, nhưng văn bản đó đã bị thay thế (một văn bản khác nêu nó "
                + "trong trường `replaces`) trước hoặc đúng ngày của trang; chi bộ làm theo sẽ áp dụng quy định không còn hiệu lực. "
                + "Không có cảnh báo khi câu văn đã nói rõ (`nay là …`, `thay thế …`, `đã hết hiệu lực`), trên chính văn bản "
                + "thay thế, hoặc trên trang không ghi ngày. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .citationAmbiguous: MessageTexts(
            en: "A citation without a date names a symbol that several entries of the registry share (every province has "
                + "its own `01-HD/TU`). "
                + "chibo cannot tell which document is meant, so it checks the citation no further and does not link it "
                + "to a document's page. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Trích dẫn không ghi ngày nêu một số ký hiệu mà nhiều văn bản trong danh mục văn bản cùng có (tỉnh nào cũng "
                + "có `01-HD/TU` của mình). "
                + "chibo không biết văn bản nào được nói tới, nên không kiểm tra tiếp trích dẫn này và không tạo liên kết "
                + "tới trang của văn bản. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .linkBroken: MessageTexts(
            en: "A link leads to a page or file that does not exist, or out of the content folder; or the `basis` of a "
                + "rule in `rules.yml` names a page that does not exist. "
                + "On the built site, opened from a USB stick or on a PC without Internet, the reader clicks and finds nothing. "
                + "With `chibo check --site` it is an `href` or `src` of a built HTML file that leads to no file, or to a folder. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Liên kết dẫn tới một trang hoặc tệp không có, hoặc ra ngoài thư mục nội dung; hoặc trường `basis` của một "
                + "quy định kiểm tra trong `rules.yml` nêu một trang không có. "
                + "Trên trang web đã tạo, mở từ USB hoặc trên máy không có Internet, người đọc bấm vào mà không thấy gì. "
                + "Khi kiểm tra bằng `chibo check --site`, đó là một `href` hoặc `src` trong tệp HTML đã tạo dẫn tới tệp "
                + "không có hoặc tới một thư mục. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .linkAnchor: MessageTexts(
            en: "The part of a link after `#` names a place the target page does not have. "
                + "Each heading's anchor is made from its text, without diacritics, in lower case, joined by hyphens "
                + "(`## Mục tiêu cụ thể` gives `#muc-tieu-cu-the`); a link to a missing anchor opens the page at its top, "
                + "not at the part meant. "
                + "The same holds for the `basis` of a rule in `rules.yml`, and with `chibo check --site` for an `id` "
                + "missing from a built page. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Phần sau dấu `#` của liên kết nêu một mã mục mà trang đích không có. "
                + "Mã mục được tạo từ tên mục: bỏ dấu, viết thường, nối bằng dấu gạch ngang (`## Mục tiêu cụ thể` cho "
                + "`#muc-tieu-cu-the`); liên kết tới mã mục không có chỉ mở đầu trang, không tới đúng phần cần đọc. "
                + "Cũng như vậy với trường `basis` của quy định kiểm tra trong `rules.yml`, và khi `chibo check --site` "
                + "thấy liên kết tới một `id` không có trong trang đã tạo. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .linkRemote: MessageTexts(
            en: "Found only by `chibo check --site`: a built page or stylesheet loads something (a picture, a script, "
                + "a stylesheet, a web font) from another host on the Internet. "
                + "The site is made to be opened from disk, from a USB stick or on a PC without Internet, where that part "
                + "is missing. Ordinary links to other websites are allowed. "
                + "It is an error.",
            vi: "Chỉ gặp khi kiểm tra bằng `chibo check --site`: một trang hoặc tệp CSS của trang web đã tạo tải nội dung "
                + "(hình ảnh, mã lệnh, tệp CSS, phông chữ) từ một máy chủ khác trên Internet. "
                + "Trang web được làm để mở ngay từ ổ đĩa, từ USB hoặc trên máy không có Internet; khi đó phần ấy không hiện ra. "
                + "Liên kết thông thường tới trang web khác thì không bị báo. "
                + "Đây là lỗi.")
        case .linkInternal: MessageTexts(
            en: "Found only in the public edition (`chibo build --public`, `chibo check --public`): a public page links "
                + "to a page marked `visibility: internal`, cites an internal directive, or names one in `replaces`, "
                + "`implements` or `amends`. "
                + "The public edition leaves internal material out, so the link would lead nowhere, and the public page "
                + "would point readers to material that is not public. "
                + "It is an error: while it remains, `chibo build --public` leaves the site as it was.",
            vi: "Chỉ gặp khi làm bản công khai (`chibo build --public`, `chibo check --public`): một trang công khai có "
                + "liên kết tới trang có `visibility: internal`, trích dẫn một văn bản lưu hành nội bộ, hoặc nêu văn bản đó "
                + "trong trường `replaces`, `implements` hay `amends`. "
                + "Bản công khai không có các nội dung lưu hành nội bộ, nên liên kết sẽ không dẫn tới đâu, và trang công khai "
                + "lại chỉ cho người đọc tới tài liệu không được công khai. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build --public` giữ nguyên trang web cũ, không tạo bản công khai mới.")
        case .visibilityUnmarked: MessageTexts(
            en: "Found only in the public edition: a page not marked `visibility: internal` says `lưu hành nội bộ` "
                + "(in capitals or not, with or without diacritics) in its front matter or its text. "
                + "Such a page is most likely internal material nobody marked, and the public edition would publish it. "
                + "It is an error: while it remains, `chibo build --public` leaves the site as it was.",
            vi: "Chỉ gặp khi làm bản công khai: một trang chưa khai báo `visibility: internal` nhưng có ghi "
                + "“lưu hành nội bộ” (chữ hoa hay chữ thường, có dấu hay không dấu) trong phần thông tin đầu tệp hoặc "
                + "trong nội dung. "
                + "Trang như vậy nhiều khả năng là tài liệu lưu hành nội bộ mà chưa ai đánh dấu, và bản công khai sẽ đăng nó lên. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build --public` giữ nguyên trang web cũ, không tạo bản công khai mới.")
        case .frontMatterInvalid: MessageTexts(
            en: "chibo cannot use a value of the front matter or of a data file (`site.yml`, `types.yml`, `orgs/`, "
                + "`stats.yml`, `rules.yml`): the `key: value` lines are written wrongly, a value has the wrong shape, "
                + "a date does not exist, a symbol or reference is not written as one, a `kind` contradicts the symbol, "
                + "or a row of a CSV file cannot be read. "
                + "The value, and sometimes the whole record or row, is left out, and what depends on it goes wrong: "
                + "a page without its date is not judged against the directives it cites, a directive whose symbol "
                + "cannot be read is not in the registry. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "chibo không dùng được một giá trị trong phần thông tin đầu tệp hoặc trong tệp dữ liệu (`site.yml`, "
                + "`types.yml`, `orgs/`, `stats.yml`, `rules.yml`): các dòng `tên: giá trị` viết sai cách, một giá trị "
                + "viết sai kiểu, một ngày không có trên lịch, số ký hiệu hoặc tham chiếu viết không đúng dạng, trường `kind` "
                + "trái với số ký hiệu, hoặc một dòng của tệp CSV không đọc được. "
                + "Giá trị đó, có khi cả hồ sơ hoặc cả dòng, bị bỏ qua, và những gì dựa vào nó cũng sai theo: trang mất ngày "
                + "thì trích dẫn trong trang không được xét theo ngày, văn bản có số ký hiệu không đọc được thì không có trong "
                + "danh mục văn bản. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .frontMatterMissing: MessageTexts(
            en: "A required key is not written: a page's `title`, a directive's `symbol`, a pack's `month` or `type`, "
                + "the `code`, `match` or `reason` of an `accept` item, a record's `id`, `name` or `level`, a cell type's "
                + "`id` or `name`, or what a rule measures (`field` or `children`) and its limit (`min` or `max`). "
                + "Without it chibo cannot name, place or register what the file describes. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Thiếu một trường bắt buộc: `title` của trang, `symbol` của văn bản, `month` hoặc `type` của tài liệu "
                + "sinh hoạt, `code`, `match` hoặc `reason` của một mục trong `accept`, `id`, `name` hoặc `level` của hồ sơ "
                + "tổ chức, `id` hoặc `name` của loại hình chi bộ, hoặc cái mà quy định kiểm tra đo (`field` hoặc `children`) "
                + "và giới hạn của nó (`min` hoặc `max`). "
                + "Thiếu trường này, chibo không đặt tên, không xếp chỗ hoặc không đưa vào danh mục văn bản được những gì "
                + "tệp mô tả. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .frontMatterUnknownKey: MessageTexts(
            en: "A key or column chibo does not know for that kind of file, most often a misspelling (`sumary` for "
                + "`summary`), or a key of another kind of page (`month` on a guidance page, `symbol` in a pack). "
                + "Its value is not used: under a misspelt `summary` the summary is simply not shown. "
                + "A figure of a record that `stats.yml` does not declare is reported the same way. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Một trường hoặc một cột mà chibo không biết đối với loại tệp đó, thường là do gõ sai tên trường (`sumary` "
                + "thay cho `summary`), hoặc là trường của loại trang khác (`month` trong trang hướng dẫn, `symbol` trong "
                + "tài liệu sinh hoạt). "
                + "Giá trị của trường này không được dùng: gõ sai tên trường `summary` thì phần tóm tắt không hiện ra. "
                + "Số liệu của hồ sơ tổ chức mà `stats.yml` chưa khai báo cũng được báo như vậy. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .registryDuplicate: MessageTexts(
            en: "Two entries of the registry have the same symbol and the same date of issue (or are both undated). "
                + "chibo keeps the first and leaves the second out of the registry, so every citation leads to the first. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Hai trang văn bản trong danh mục văn bản có cùng số ký hiệu và cùng ngày ban hành (hoặc cùng không ghi ngày). "
                + "chibo giữ trang thứ nhất và bỏ trang thứ hai ra khỏi danh mục văn bản, nên mọi trích dẫn đều dẫn tới "
                + "trang thứ nhất. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .registryCycle: MessageTexts(
            en: "The `replaces` relations go round in a circle: A replaces B and B replaces A, or the same through more "
                + "documents. "
                + "A document can only replace an older one, so one relation is written the wrong way round, and the "
                + "registry would show each document as replaced. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Các văn bản thay thế nhau thành vòng khép kín trong trường `replaces`: A thay thế B và B lại thay thế A, "
                + "hoặc vòng qua nhiều văn bản hơn. "
                + "Một văn bản chỉ thay thế được văn bản cũ hơn, nên có một quan hệ đã ghi ngược chiều, và danh mục văn bản "
                + "sẽ cho thấy văn bản nào cũng đã bị thay thế. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .registryOrder: MessageTexts(
            en: "A page's `replaces:` names a directive issued after the page's own date. "
                + "A document cannot replace one that came later: the page's `date`, the date after `@` in the reference, "
                + "or the direction of the relation is wrong, and the site would show the newer document as replaced "
                + "by the older. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Trường `replaces` của một trang nêu một văn bản ban hành sau ngày của chính trang. "
                + "Một văn bản không thể thay thế văn bản ra đời sau nó: ngày của trang (trường `date`), ngày ghi sau dấu `@` "
                + "trong tham chiếu, hoặc chiều của quan hệ đã ghi sai, và trang web sẽ cho thấy văn bản mới bị văn bản cũ "
                + "thay thế. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .registryDangling: MessageTexts(
            en: "A reference in `replaces`, `implements` or `amends`, or the `basis` of a rule in `rules.yml`, names a "
                + "directive that is not in the registry, or a symbol several entries share without the date that tells "
                + "which. "
                + "The relation is then lost: it is not shown on the directive's page and, for `replaces`, citations of "
                + "the old directive are not reported as replaced. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Tham chiếu trong trường `replaces`, `implements` hoặc `amends`, hoặc trường `basis` của một quy định "
                + "kiểm tra trong `rules.yml`, nêu một văn bản không có trong danh mục văn bản, hoặc nêu một số ký hiệu "
                + "mà nhiều văn bản cùng có nhưng không ghi ngày để biết là văn bản nào. "
                + "Khi đó quan hệ này bị mất: không hiện trên trang của văn bản, và với `replaces`, trích dẫn văn bản cũ "
                + "sẽ không được cảnh báo là đã bị thay thế. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .orgDuplicate: MessageTexts(
            en: "Two organisation records in `orgs/` have the same `id`, or `types.yml` declares the same cell type twice. "
                + "An id names one page of the site: the later record is left out of it (its parent, type and figures are "
                + "still checked), and the organisations under that id belong to the first. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Hai hồ sơ tổ chức trong thư mục `orgs/` có cùng mã (`id`), hoặc `types.yml` khai báo một loại hình "
                + "chi bộ hai lần. "
                + "Mỗi mã ứng với một trang của trang web: hồ sơ sau không được đưa lên trang web (tổ chức cấp trên, "
                + "loại hình và số liệu của nó vẫn được kiểm tra), và các tổ chức cấp dưới ghi mã này đều thuộc về hồ sơ thứ nhất. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .orgParent: MessageTexts(
            en: "A record's `parent` is no record's id (often a typing slip), or names an organisation that is not above "
                + "it: levels go `tinh`, `cap-tren-co-so`, `dang-bo-co-so`, then `chi-bo-co-so` or `dang-bo-bo-phan`, "
                + "then `chi-bo`, and a cell (`chi-bo`, `chi-bo-co-so`) has no organisations under it. "
                + "The tree of organisations on the site, and rules that count an organisation's children, would be wrong. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Trường `parent` của hồ sơ nêu một mã không hồ sơ nào có (thường do gõ sai), hoặc nêu một tổ chức không ở "
                + "cấp cao hơn: thứ tự cấp là `tinh`, `cap-tren-co-so`, `dang-bo-co-so`, rồi `chi-bo-co-so` hoặc "
                + "`dang-bo-bo-phan`, rồi `chi-bo`; chi bộ (`chi-bo`, `chi-bo-co-so`) không có tổ chức cấp dưới. "
                + "Cây tổ chức trên trang web, và các quy định kiểm tra có đếm tổ chức cấp dưới, sẽ bị sai. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .orgType: MessageTexts(
            en: "A record's `type` is not a type of `types.yml`, or a cell (`chi-bo`, `chi-bo-co-so`) has no `type` "
                + "although `types.yml` exists. "
                + "A cell's packs come from its type: without a known type the site cannot tell which packs are for it. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Trường `type` của hồ sơ không phải loại hình chi bộ nào trong `types.yml`, hoặc một chi bộ (`chi-bo`, "
                + "`chi-bo-co-so`) chưa ghi `type` trong khi có tệp `types.yml`. "
                + "Tài liệu sinh hoạt của chi bộ đi theo loại hình chi bộ: không có loại hình đúng thì trang web không biết "
                + "tài liệu sinh hoạt nào dành cho chi bộ đó. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .orgCycle: MessageTexts(
            en: "The records' parents go round in a circle: A belongs to B, B to C and C to A, or a record names itself "
                + "as its parent. "
                + "Such organisations have no place in the tree of organisations on the site. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Các hồ sơ tổ chức nhận nhau làm cấp trên thành vòng khép kín: A thuộc B, B thuộc C và C lại thuộc A, "
                + "hoặc một hồ sơ tự nhận mình là tổ chức cấp trên. "
                + "Các tổ chức này không có chỗ trong cây tổ chức trên trang web. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .orgRule: MessageTexts(
            en: "A record breaks a rule of `rules.yml`, such as a hamlet cell with fewer than 3 members living on site; "
                + "the message is the rule's own, with the figure found, and the `help:` line names the rule's basis. "
                + "A record that does not state the figure is not judged. "
                + "It is a warning: the site is still built and shows the breach on the organisation's page, but "
                + "`chibo check --strict` fails on it.",
            vi: "Hồ sơ tổ chức không đạt một quy định kiểm tra trong `rules.yml`, ví dụ chi bộ xóm có dưới 3 đảng viên "
                + "tại chỗ; nội dung báo là lời của chính quy định, kèm số liệu tìm thấy, và dòng `gợi ý:` nêu căn cứ "
                + "của quy định. "
                + "Hồ sơ không ghi số liệu đó thì không bị xét. "
                + "Đây là cảnh báo: trang web vẫn được tạo và nêu điểm chưa đạt trên trang của tổ chức, nhưng "
                + "`chibo check --strict` coi là không đạt.")
        case .recordsTotal: MessageTexts(
            en: "A total does not equal the sum of its parts: a `Tổng`, `Tổng số`, `Tổng cộng` or `Cộng` row of a "
                + "table in a page, compared with the rows above it, or a record whose figures declared as parts in the "
                + "`totals` of `stats.yml` do not add up to the whole. "
                + "A wrong total in a report misleads whoever uses the figures. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Một dòng tổng không bằng tổng các phần: dòng `Tổng`, `Tổng số`, `Tổng cộng` hoặc `Cộng` của một bảng "
                + "trong trang, so với các dòng bên trên; hoặc một hồ sơ tổ chức có các số liệu thành phần (khai báo ở mục "
                + "`totals` của `stats.yml`) cộng lại không bằng số tổng. "
                + "Số tổng sai trong báo cáo làm người dùng số liệu hiểu sai. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .packMonth: MessageTexts(
            en: "A pack is not in a month's folder named `YYYY-MM` (`packs/2026-12/`), or its `month:` differs from "
                + "that folder. "
                + "The site files packs by their folder: a pack outside a month's folder is listed under no month, and "
                + "a `month:` that disagrees leaves it unclear which month the pack is for (its citations are judged by "
                + "`month:`). "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Tài liệu sinh hoạt không nằm trong thư mục tháng có tên dạng `YYYY-MM` (`packs/2026-12/`), hoặc "
                + "trường `month` khác với tên thư mục đó. "
                + "Trang web xếp tài liệu sinh hoạt theo thư mục: tài liệu nằm ngoài thư mục tháng thì không thuộc tháng "
                + "nào, còn trường `month` khác thư mục thì không rõ tài liệu dành cho tháng nào (trích dẫn trong tài liệu "
                + "được xét theo trường `month`). "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .packType: MessageTexts(
            en: "A pack's file name is no type of `types.yml` (a pack is `chung.md` or a type's `id` followed by `.md`), "
                + "its `type:` differs from its file name, or `chung.md`, the part common to every type, has a `type:`. "
                + "Each type of cell reads the pack named after it: with a name or a `type:` that disagrees, the pack may "
                + "reach the wrong cells, or none. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Tên tệp tài liệu sinh hoạt không phải loại hình chi bộ nào trong `types.yml` (tài liệu sinh hoạt là "
                + "`chung.md` hoặc mã của một loại hình cộng `.md`), trường `type` khác với tên tệp, hoặc `chung.md`, "
                + "phần chung cho mọi loại hình, lại có trường `type`. "
                + "Mỗi loại hình chi bộ đọc tài liệu mang tên loại hình của mình: tên tệp hoặc trường `type` không khớp "
                + "thì tài liệu có thể đến nhầm chi bộ, hoặc không đến chi bộ nào. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .packMissing: MessageTexts(
            en: "A month's folder has no pack for a type of cell listed in `types.yml`, so cells of that type find "
                + "nothing for their meeting that month. "
                + "It is reported at the month's first file. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Thư mục của một tháng chưa có tài liệu sinh hoạt cho một loại hình chi bộ có trong `types.yml`, nên "
                + "các chi bộ thuộc loại hình đó không có tài liệu cho buổi sinh hoạt tháng ấy. "
                + "Cảnh báo được nêu ở tệp đầu tiên của tháng. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .packPlaceholder: MessageTexts(
            en: "A pack still holds what `chibo new pack` wrote for the editor to replace: the title or summary that "
                + "only names the month and type, or a section with nothing under its heading; or a page's `title`, "
                + "`summary` or `issuer` is still a placeholder (`…`, `TODO`, `xxx`). "
                + "Published, it would put an unfinished pack, or `…` as a title, in front of the cells. "
                + "It is a warning while working (`chibo check`, `chibo serve`) and an error in `chibo build` and "
                + "`chibo check --strict`, so an unfinished pack is never published.",
            vi: "Tài liệu sinh hoạt còn nội dung mẫu chưa thay do lệnh `chibo new pack` viết sẵn: tiêu đề hoặc tóm tắt "
                + "chỉ nêu tháng và loại hình, hoặc một mục chưa có nội dung; hoặc trường `title`, `summary` hay `issuer` "
                + "của một trang vẫn là nội dung mẫu chưa thay (`…`, `TODO`, `xxx`). "
                + "Nếu đăng lên, chi bộ sẽ nhận một tài liệu chưa viết xong, hoặc một trang có tiêu đề là `…`. "
                + "Đây là cảnh báo khi đang soạn (`chibo check`, `chibo serve`) và là lỗi khi chạy `chibo build` và "
                + "`chibo check --strict`, để tài liệu chưa xong không bao giờ được đăng.")
        case .nameVariant: MessageTexts(
            en: "Two names or aliases, of one record or of records with the same parent, differ only in diacritics "
                + "(`Tông Cọt` and `Tổng Cột`). "
                + "One of them is most likely misspelt, and the site would show one place under two spellings; where "
                + "the tone mark sits (`Hoà`, `Hòa`) and capitals do not count. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Hai tên hoặc tên gọi khác, của cùng một hồ sơ hoặc của các hồ sơ có cùng tổ chức cấp trên, chỉ khác "
                + "nhau ở dấu (`Tông Cọt` và `Tổng Cột`). "
                + "Nhiều khả năng một trong hai tên bị viết sai, và trang web sẽ hiện một nơi dưới hai cách viết; "
                + "vị trí đặt dấu thanh (`Hoà`, `Hòa`) và chữ hoa, chữ thường không tính là khác. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .textEncoding: MessageTexts(
            en: "Text chibo can read only by repairing it: typed in an old Vietnamese encoding (TCVN3, VNI, "
                + "Windows-1258), copied out of a PDF with look-alike letters (U+01A3 for `ư`, U+00D0 for `Đ`) or invisible "
                + "characters, not in precomposed Unicode (NFC), not UTF-8, with lone CR line ends (old Mac OS), or a "
                + "binary file named as text, which is left out. "
                + "Readers of the site may see garbled letters, and search may not find the words. "
                + "It is a warning: chibo reads through the damage where it can, but `chibo check --strict` fails on it.",
            vi: "Chữ mà chibo chỉ đọc được sau khi sửa: gõ bằng bảng mã cũ (TCVN3, VNI, Windows-1258), chép từ tệp PDF "
                + "với chữ trông giống (ký tự U+01A3 thay cho `ư`, U+00D0 thay cho `Đ`) hoặc ký tự ẩn, không ở dạng Unicode dựng sẵn, "
                + "không phải UTF-8, xuống dòng bằng một ký tự CR đơn lẻ (kiểu máy Mac cũ), hoặc một tệp nhị phân "
                + "mang tên tệp chữ (tệp này không được đưa vào trang web). "
                + "Người đọc trang web có thể thấy chữ lỗi, và tìm kiếm có thể không thấy các từ đó. "
                + "Đây là cảnh báo: chibo cố đọc đúng khi có thể, nhưng `chibo check --strict` coi là không đạt.")
        case .acceptUnused: MessageTexts(
            en: "An item of a page's `accept:` list, or an acceptance of a record, matches no finding: the finding has "
                + "been corrected since, or the item's `code` or `match` does not fit it. "
                + "A stale item could later accept a new finding that happens to fit it. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Một mục trong danh sách `accept` của trang, hoặc một mục chấp nhận trong hồ sơ tổ chức, không ứng với vấn đề "
                + "được nêu nào: vấn đề đã được sửa, hoặc `code` hay `match` của mục không khớp. "
                + "Mục thừa như vậy về sau có thể chấp nhận nhầm một vấn đề mới tình cờ khớp với nó. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .buildCollision: MessageTexts(
            en: "Two files of the content folder would be written to the same file of the site, also when their names "
                + "differ only in capitals (`Bao-cao.md` and `bao-cao.md`: USB sticks do not tell them apart), or a file "
                + "takes the name of a page chibo makes itself (`stats.html`, `search.html`, a folder's `index.html`). "
                + "One would overwrite the other. "
                + "It is an error: while it remains, `chibo build` leaves the site as it was.",
            vi: "Hai tệp trong thư mục nội dung sẽ cùng ghi ra một tệp của trang web, kể cả khi tên chỉ khác nhau ở chữ "
                + "hoa, chữ thường (`Bao-cao.md` và `bao-cao.md`: USB không phân biệt hai tên này), hoặc một tệp trùng tên "
                + "với trang do chibo tự tạo (`stats.html`, `search.html`, `index.html` của một thư mục). "
                + "Tệp này sẽ ghi đè tệp kia. "
                + "Đây là lỗi: khi còn lỗi này, lệnh `chibo build` giữ nguyên trang web cũ, không tạo trang web mới.")
        case .markdownNesting: MessageTexts(
            en: "Lists or block quotes are nested more than 100 levels deep, which no document needs; it usually comes "
                + "from a faulty conversion, or from many `>` signs or spaces at the start of lines. "
                + "The deeper levels are shown flat. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Danh sách hoặc đoạn trích lồng nhau quá 100 tầng, điều không văn bản nào cần; thường do chuyển đổi "
                + "văn bản bị lỗi, hoặc do có quá nhiều dấu `>` hay dấu cách ở đầu dòng. "
                + "Các tầng sâu hơn hiện ngang hàng nhau, không thụt vào thêm. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .buildSkipped: MessageTexts(
            en: "A Markdown file's name starts with a dot (`.ghi-chu.md`), which makes it a hidden file: chibo leaves "
                + "it out of the site. "
                + "A page named that way was most likely meant to be published. "
                + "It is a warning: the site is still built, but `chibo check --strict` fails on it.",
            vi: "Tên tệp Markdown bắt đầu bằng dấu chấm (`.ghi-chu.md`) nên là tệp ẩn: chibo không đưa tệp này vào "
                + "trang web. "
                + "Một trang đặt tên như vậy nhiều khả năng là định đăng lên. "
                + "Đây là cảnh báo: trang web vẫn được tạo, nhưng `chibo check --strict` coi là không đạt.")
        case .buildUnreadable: MessageTexts(
            en: "chibo cannot read a file or folder of the content: it lacks the permission, or the file changed or "
                + "went away during the build. What cannot be read is not in the site. "
                + "It is an error, except for a symbolic link that leads outside the content folder, to nothing or "
                + "round in a loop: that is skipped with a warning.",
            vi: "chibo không đọc được một tệp hoặc thư mục trong thư mục nội dung: không có quyền đọc, hoặc tệp đã thay "
                + "đổi hay mất đi trong khi đang tạo trang web. Những gì không đọc được thì không có trên trang web. "
                + "Đây là lỗi, trừ trường hợp lối tắt (symlink) dẫn ra ngoài thư mục nội dung, không dẫn tới đâu, hoặc "
                + "tạo vòng lặp: lối tắt đó bị bỏ qua và chỉ có cảnh báo.")
        case .themeTemplate: MessageTexts(
            en: "A template of the site's theme (a `.mustache` file in `theme/templates/`) is missing or cannot be read "
                + "as a template. "
                + "It is found when the site is built (`chibo build`, `chibo serve`), not by `chibo check`. "
                + "It is an error: `chibo build` stops with exit code 2 and leaves the site built before as it was.",
            vi: "Một mẫu trang trong giao diện của trang web (tệp `.mustache` trong `theme/templates/`) bị thiếu hoặc "
                + "viết sai nên không đọc được. "
                + "Lỗi này chỉ gặp khi tạo trang web (`chibo build`, `chibo serve`), không gặp khi chạy `chibo check`. "
                + "Đây là lỗi: lệnh `chibo build` dừng với mã thoát 2 và giữ nguyên trang web đã tạo trước đó.")
        }
    }
}

/// How to fix what each diagnostic code reports: what to write instead,
/// which file to open, which command helps, and when accepting the finding
/// is right: the guide's page of each code ends with it, after
/// `CodeMeanings`. The raw value is the code itself; the cases are those
/// of `CodeSummaries`, in the same order.
public struct CodeFixes: CodeExplanation {
    public let code: CodeSummaries
    public init(code: CodeSummaries) { self.code = code }

    public static let domain = "fix"

    public var texts: MessageTexts {
        switch code {
        case .citationUnknown: MessageTexts(
            en: "If the symbol is mistyped, correct it against the original document; the `help:` line suggests the "
                + "nearest entry when there is one. "
                + "If the document is real but not registered yet, add it with the command the `help:` line gives, such as "
                + "`chibo new directive 05-CT/TW --date 2016-05-15 --kind \"Chỉ thị\" --issuer \"Bộ Chính trị\"`, "
                + "with its real date of issue in place of `YYYY-MM-DD`. "
                + "If the page copies a source that writes the symbol this way, keep it and accept the finding in the "
                + "page's `accept:` with `code`, `match` (the symbol) and `reason`.",
            vi: "Nếu số ký hiệu gõ sai, hãy sửa theo văn bản gốc; dòng `gợi ý:` nêu văn bản gần giống nhất nếu có. "
                + "Nếu văn bản có thật nhưng chưa có trong danh mục văn bản, hãy thêm bằng lệnh mà dòng `gợi ý:` đưa ra, "
                + "ví dụ `chibo new directive 05-CT/TW --date 2016-05-15 --kind \"Chỉ thị\" --issuer \"Bộ Chính trị\"`, "
                + "thay `YYYY-MM-DD` bằng ngày ban hành thật. "
                + "Nếu trang chép nguyên văn một văn bản gốc đã ghi như vậy, hãy giữ nguyên và ghi chấp nhận vấn đề trong "
                + "trường `accept` của trang, với `code`, `match` (số ký hiệu) và `reason` (lý do).")
        case .citationDateMismatch: MessageTexts(
            en: "Write the registry's date: `chibo check --fix` writes it in the citation's own style (`ngày 10 tháng 10 "
                + "năm 2007`, `10/10/2007`) when the entry is certain and the date is on one line. "
                + "When several entries share the symbol, write the date of the one meant; the `help:` line lists them. "
                + "If the registry's date is the wrong one, correct `date:` in the directive's file in `directives/`. "
                + "If the page copies a source that gives this date, keep it and accept the finding (`match`: the symbol).",
            vi: "Hãy ghi ngày ban hành theo danh mục văn bản: lệnh `chibo check --fix` tự ghi theo đúng cách viết ngày "
                + "của trích dẫn (`ngày 10 tháng 10 năm 2007`, `10/10/2007`) khi biết chắc văn bản và ngày nằm trên một dòng. "
                + "Khi nhiều văn bản cùng số ký hiệu, hãy ghi ngày của văn bản cần dẫn; dòng `gợi ý:` liệt kê các ngày đó. "
                + "Nếu ngày trong danh mục văn bản mới là ngày sai, hãy sửa trường `date` trong tệp của văn bản ở thư mục "
                + "`directives/`. "
                + "Nếu trang chép nguyên văn một văn bản gốc ghi ngày này, hãy giữ nguyên và ghi chấp nhận vấn đề "
                + "(`match`: số ký hiệu).")
        case .citationInvalidDate: MessageTexts(
            en: "Look up the date of issue in the original document, or in the directive's file in `directives/`, and "
                + "write it. "
                + "If the source itself prints this impossible date and the page must keep it as written, accept the "
                + "finding (`match`: the symbol).",
            vi: "Hãy tra ngày ban hành trong văn bản gốc, hoặc trong tệp của văn bản ở thư mục `directives/`, rồi ghi lại "
                + "cho đúng. "
                + "Nếu chính văn bản gốc in ngày không có thật này và trang phải giữ nguyên văn, hãy ghi chấp nhận vấn đề "
                + "(`match`: số ký hiệu).")
        case .citationKindMismatch: MessageTexts(
            en: "Check the original document: if the symbol is right, write the kind word the `help:` line gives "
                + "(`Hướng dẫn số 10-HD/BTCTW`); if the kind word is right, correct the symbol. "
                + "If the source itself writes it this way, keep it and accept the finding (`match`: the symbol).",
            vi: "Hãy đối chiếu với văn bản gốc: nếu số ký hiệu đúng, hãy ghi tên loại văn bản theo dòng `gợi ý:` "
                + "(`Hướng dẫn số 10-HD/BTCTW`); nếu tên loại đúng, hãy sửa số ký hiệu. "
                + "Nếu chính văn bản gốc viết như vậy, hãy giữ nguyên và ghi chấp nhận vấn đề (`match`: số ký hiệu).")
        case .citationIssuerMismatch: MessageTexts(
            en: "Write the issuing body or the symbol the registry has, as the `help:` line says; `chibo check --fix` "
                + "writes it when there is one certain answer. "
                + "If the registry's `issuer` is the wrong one, correct it in the directive's file in `directives/`. "
                + "If the page copies a source that writes it this way, keep it and accept the finding (`match`: the "
                + "symbol as cited, such as `10-HD/TCTW`).",
            vi: "Hãy ghi cơ quan ban hành hoặc số ký hiệu theo danh mục văn bản, như dòng `gợi ý:` nêu; lệnh "
                + "`chibo check --fix` tự sửa khi chỉ có một cách sửa đúng. "
                + "Nếu trường `issuer` trong danh mục văn bản mới là chỗ sai, hãy sửa trong tệp của văn bản ở thư mục "
                + "`directives/`. "
                + "Nếu trang chép nguyên văn một văn bản gốc đã ghi như vậy, hãy giữ nguyên và ghi chấp nhận vấn đề "
                + "(`match`: số ký hiệu như trong trích dẫn, ví dụ `10-HD/TCTW`).")
        case .citationAnachronism: MessageTexts(
            en: "Check the page's `date:` (or a pack's `month:`) against the original, then the citation's symbol and "
                + "date, then the `date:` of the directive's file in `directives/`, and correct the one that is wrong. "
                + "If the page is copied faithfully and its source really cites it so, accept the finding (`match`: the "
                + "symbol).",
            vi: "Hãy đối chiếu với bản gốc: trước hết trường `date` của trang (hoặc trường `month` của tài liệu sinh hoạt), "
                + "rồi số ký hiệu và ngày trong trích dẫn, rồi trường `date` trong tệp của văn bản ở thư mục `directives/`, "
                + "và sửa chỗ sai. "
                + "Nếu trang chép đúng nguyên văn và văn bản gốc thật sự trích dẫn như vậy, hãy ghi chấp nhận vấn đề "
                + "(`match`: số ký hiệu).")
        case .citationSuperseded: MessageTexts(
            en: "Cite the replacing document instead (the `help:` line names it), or say in the sentence that the "
                + "directive was replaced, for example with `(nay là …)` after it. "
                + "If the page keeps the old citation on purpose, because it copies a source as written or recalls the "
                + "old directive, accept the finding (`match`: the symbol).",
            vi: "Hãy trích dẫn văn bản thay thế (dòng `gợi ý:` nêu tên văn bản đó), hoặc nói rõ trong câu rằng văn bản đã "
                + "bị thay thế, ví dụ thêm `(nay là …)` sau trích dẫn. "
                + "Nếu trang cố ý giữ trích dẫn cũ, vì chép nguyên văn văn bản gốc hoặc vì nhắc lại văn bản cũ, hãy ghi "
                + "chấp nhận vấn đề (`match`: số ký hiệu).")
        case .citationAmbiguous: MessageTexts(
            en: "Add the date of issue after the symbol, as the `help:` line shows (`01-HD/TU, ngày 2/3/2021`); naming "
                + "the issuing body (`của Tỉnh ủy Cao Bằng`) or the term (`khóa XIII`) also tells which. "
                + "If the source cites it without a date and the page keeps it as written, accept the finding (`match`: "
                + "the symbol).",
            vi: "Hãy ghi thêm ngày ban hành sau số ký hiệu, như dòng `gợi ý:` chỉ ra (`01-HD/TU, ngày 2/3/2021`); ghi "
                + "cơ quan ban hành (`của Tỉnh ủy Cao Bằng`) hoặc khóa (`khóa XIII`) cũng giúp biết là văn bản nào. "
                + "Nếu văn bản gốc trích dẫn không ghi ngày và trang giữ nguyên văn, hãy ghi chấp nhận vấn đề "
                + "(`match`: số ký hiệu).")
        case .linkBroken: MessageTexts(
            en: "Correct the link's target: write the relative path of the source file (`../directives/50-ct-tw.md`), "
                + "or take the file the `help:` line suggests; a path starting with `/` is read from the content folder. "
                + "If the page linked to is not written yet, remove the link until it is. "
                + "For a rule's `basis`, write the path of a page from the content folder, such as `guidance/huong-dan.md`. "
                + "With `--site`, correct the template of the site's `theme/` or the HTML written in the page, then "
                + "build again.",
            vi: "Hãy sửa đích của liên kết: ghi đường dẫn tương đối tới tệp nguồn (`../directives/50-ct-tw.md`), hoặc "
                + "chọn tệp mà dòng `gợi ý:` đề xuất; đường dẫn bắt đầu bằng `/` được tính từ thư mục nội dung. "
                + "Nếu trang được dẫn tới chưa viết, hãy bỏ liên kết cho tới khi có trang đó. "
                + "Với trường `basis` của quy định kiểm tra, hãy ghi đường dẫn của một trang tính từ thư mục nội dung, "
                + "ví dụ `guidance/huong-dan.md`. "
                + "Khi kiểm tra với `--site`, hãy sửa mẫu trang trong thư mục `theme/` của trang web hoặc đoạn HTML viết "
                + "trong trang, rồi tạo lại trang web.")
        case .linkAnchor: MessageTexts(
            en: "Write the anchor of the heading meant, as the `help:` line shows; when a heading is renamed, its anchor "
                + "changes with it. "
                + "A repeated heading gets `-1`, `-2` after its anchor, and in a type's pack the headings of the month's "
                + "common part get `chung-` before it.",
            vi: "Hãy ghi mã mục của đúng mục cần dẫn tới, theo dòng `gợi ý:`; khi đổi tên mục thì mã mục cũng đổi theo. "
                + "Mục trùng tên có thêm `-1`, `-2` sau mã mục, và trong tài liệu sinh hoạt của từng loại hình, các mục "
                + "của phần chung có thêm `chung-` ở đầu mã mục.")
        case .linkRemote: MessageTexts(
            en: "Save the file into the site, beside the page in the content folder or in `theme/assets/`, and refer to "
                + "it by a relative path; remove web fonts and `@import` of other hosts from the theme's stylesheet. "
                + "Then build the site again and run `chibo check --site` once more.",
            vi: "Hãy lưu tệp đó vào trang web, cạnh trang trong thư mục nội dung hoặc trong `theme/assets/`, và dẫn tới "
                + "nó bằng đường dẫn tương đối; bỏ phông chữ web và `@import` từ máy chủ khác khỏi tệp CSS của giao diện. "
                + "Sau đó tạo lại trang web và chạy lại `chibo check --site`.")
        case .linkInternal: MessageTexts(
            en: "Remove the link, citation or relation from the public page, or mark that page `visibility: internal` "
                + "too. "
                + "If the page or directive linked to is in fact public, remove `visibility: internal` from it. "
                + "A public document quoted as written that cites an internal one may keep the citation: accept the "
                + "finding (`match`: the symbol), and the public edition shows the citation without a link.",
            vi: "Hãy bỏ liên kết, trích dẫn hoặc quan hệ đó khỏi trang công khai, hoặc cũng ghi `visibility: internal` "
                + "cho trang này. "
                + "Nếu trang hoặc văn bản được dẫn tới thực ra được công khai, hãy bỏ `visibility: internal` ở đó. "
                + "Một văn bản công khai chép nguyên văn có trích dẫn văn bản lưu hành nội bộ thì có thể giữ trích dẫn: "
                + "hãy ghi chấp nhận vấn đề (`match`: số ký hiệu), bản công khai sẽ hiện trích dẫn mà không có liên kết.")
        case .visibilityUnmarked: MessageTexts(
            en: "If the page is internal, add `visibility: internal` to its front matter: it stays in the ordinary "
                + "edition with a “Lưu hành nội bộ” banner and is left out of the public one. "
                + "If the page only talks about internal material (how to keep it, for example), accept the finding with "
                + "a reason (`match`: `lưu hành nội bộ`).",
            vi: "Nếu trang là tài liệu lưu hành nội bộ, hãy thêm `visibility: internal` vào phần thông tin đầu tệp: trang "
                + "vẫn có trong bản thường, kèm dòng chữ “Lưu hành nội bộ”, và được bỏ ra khỏi bản công khai. "
                + "Nếu trang chỉ nói về tài liệu lưu hành nội bộ (ví dụ cách bảo quản), hãy ghi chấp nhận vấn đề kèm lý do "
                + "(`match`: `lưu hành nội bộ`).")
        case .frontMatterInvalid: MessageTexts(
            en: "Do what the message and the `help:` line say. "
                + "Most often: put a value holding `:` in double quotes (`title: \"Hướng dẫn: sinh hoạt chi bộ\"`), leave "
                + "a space after the colon, indent with spaces rather than tabs, write dates as `YYYY-MM-DD`, and close "
                + "the front matter with a line `---`. "
                + "`chibo check --fix` corrects a missing space after the colon, an unclosed quote, quotes inside quotes "
                + "and a value holding `:` wherever the correction is certain.",
            vi: "Hãy làm theo nội dung lỗi và dòng `gợi ý:`. "
                + "Thường gặp nhất: đặt giá trị có dấu `:` trong ngoặc kép (`title: \"Hướng dẫn: sinh hoạt chi bộ\"`), để "
                + "một dấu cách sau dấu hai chấm, thụt đầu dòng bằng dấu cách chứ không bằng phím Tab, viết ngày theo dạng "
                + "`YYYY-MM-DD`, và đóng phần thông tin đầu tệp bằng một dòng `---`. "
                + "Lệnh `chibo check --fix` tự sửa những chỗ chỉ có một cách sửa đúng: thiếu dấu cách sau dấu hai chấm, ngoặc kép "
                + "mở mà không đóng, ngoặc kép lồng trong ngoặc kép, giá trị có dấu `:`.")
        case .frontMatterMissing: MessageTexts(
            en: "Add the key the message names, with its value, to the front matter (between the two `---` lines) or "
                + "to the item of the data file (record, cell type, rule); for a pack, `month:` is its folder's month "
                + "and `type:` its file name. "
                + "`chibo new pack`, `chibo new directive` and `chibo new org` write files with every required key.",
            vi: "Hãy thêm trường được nêu trong lỗi, kèm giá trị, vào phần thông tin đầu tệp (giữa hai dòng `---`) hoặc "
                + "vào mục tương ứng của tệp dữ liệu (hồ sơ tổ chức, loại hình chi bộ, quy định kiểm tra); với tài liệu "
                + "sinh hoạt, `month` là tháng của thư mục và `type` là tên tệp. "
                + "Các lệnh `chibo new pack`, `chibo new directive` và `chibo new org` tạo tệp có sẵn mọi trường bắt buộc.")
        case .frontMatterUnknownKey: MessageTexts(
            en: "Correct the key's name as the `help:` line suggests, or delete the line if the key is not needed. "
                + "For a figure of a record, declare its key in `stats.yml` with a `label`, or correct its name.",
            vi: "Hãy sửa tên trường theo dòng `gợi ý:`, hoặc xóa dòng đó nếu không cần trường này. "
                + "Với số liệu của hồ sơ tổ chức, hãy khai báo tên số liệu trong `stats.yml` kèm `label`, hoặc sửa lại tên.")
        case .registryDuplicate: MessageTexts(
            en: "If both files are the same document, keep one and delete the other. "
                + "If they are two documents, correct the `date:` or `symbol:` of the one written wrong, against the "
                + "original.",
            vi: "Nếu hai tệp là cùng một văn bản, hãy giữ một tệp và xóa tệp kia. "
                + "Nếu là hai văn bản khác nhau, hãy đối chiếu với bản gốc và sửa trường `date` hoặc `symbol` của văn bản "
                + "ghi sai.")
        case .registryCycle: MessageTexts(
            en: "Keep `replaces:` only in the newer document, naming the older one, and delete it from the older "
                + "document's file. "
                + "The older document's page then shows which document replaced it without being told.",
            vi: "Chỉ giữ trường `replaces` ở văn bản mới hơn, nêu văn bản cũ hơn, và xóa trường này trong tệp của văn bản cũ. "
                + "Trang của văn bản cũ sẽ tự hiện văn bản đã thay thế nó.")
        case .registryOrder: MessageTexts(
            en: "Compare both dates with the original documents and correct the wrong one: the page's `date:`, the "
                + "date after `@`, or the directive's `date:` in `directives/`. "
                + "If in fact the other document replaces this one, move `replaces:` to the other document's file.",
            vi: "Hãy đối chiếu hai ngày với văn bản gốc và sửa ngày sai: trường `date` của trang, ngày sau dấu `@`, "
                + "hoặc trường `date` của văn bản trong thư mục `directives/`. "
                + "Nếu thực ra văn bản kia mới là văn bản thay thế, hãy chuyển trường `replaces` sang tệp của văn bản kia.")
        case .registryDangling: MessageTexts(
            en: "Write the reference with the date of the document meant, such as `50-CT/TW@2025-07-23` (the `help:` "
                + "line lists the dates the registry has), or correct the symbol. "
                + "If the document is not registered yet, add it with `chibo new directive`, giving its symbol and "
                + "`--date`.",
            vi: "Hãy ghi tham chiếu kèm ngày ban hành của văn bản cần nêu, ví dụ `50-CT/TW@2025-07-23` (dòng `gợi ý:` "
                + "liệt kê các ngày có trong danh mục văn bản), hoặc sửa lại số ký hiệu. "
                + "Nếu văn bản chưa có trong danh mục văn bản, hãy thêm bằng lệnh `chibo new directive`, kèm số ký hiệu "
                + "và `--date`.")
        case .orgDuplicate: MessageTexts(
            en: "If both records describe the same organisation, keep one, with all its figures, and delete the other. "
                + "If they are two organisations, give one a new `id` (lower-case letters without diacritics, digits and "
                + "hyphens) and change `parent:` in the records under it. "
                + "In `types.yml`, delete the repeated type.",
            vi: "Nếu hai hồ sơ là cùng một tổ chức, hãy giữ một hồ sơ, đủ số liệu, và xóa hồ sơ kia. "
                + "Nếu là hai tổ chức khác nhau, hãy đặt mã (`id`) mới cho một hồ sơ (mã không dấu: chữ thường, chữ số "
                + "và dấu gạch ngang) và sửa trường `parent` của các hồ sơ cấp dưới của nó. "
                + "Trong `types.yml`, hãy xóa loại hình bị khai báo lặp.")
        case .orgParent: MessageTexts(
            en: "Write the id of the organisation it really belongs to, as the `help:` line suggests, or correct the "
                + "`level` of the record or of its parent. "
                + "The organisation at the top (the province) has no `parent`.",
            vi: "Hãy ghi mã của tổ chức cấp trên thật của nó, theo dòng `gợi ý:`, hoặc sửa trường `level` của hồ sơ này "
                + "hay của tổ chức cấp trên. "
                + "Tổ chức cao nhất (tỉnh) không có trường `parent`.")
        case .orgType: MessageTexts(
            en: "Write the `id` of one of the types of `types.yml`, as the `help:` line suggests. "
                + "If the type is really new, first add it to `types.yml` with its `id` and `name`.",
            vi: "Hãy ghi mã (`id`) của một loại hình chi bộ có trong `types.yml`, theo dòng `gợi ý:`. "
                + "Nếu đúng là loại hình mới, hãy thêm loại hình đó vào `types.yml` trước, với `id` và `name`.")
        case .orgCycle: MessageTexts(
            en: "Find the record whose `parent` is wrong, usually also reported as `org.parent`, and write the id of the "
                + "organisation it really belongs to. "
                + "The organisation at the top has no `parent`.",
            vi: "Hãy tìm hồ sơ ghi sai trường `parent`, thường cũng bị báo lỗi `org.parent`, và ghi mã của tổ chức cấp "
                + "trên thật của nó. "
                + "Tổ chức cao nhất không có trường `parent`.")
        case .orgRule: MessageTexts(
            en: "If the figure is wrong, correct it in the record. "
                + "If it is right, the finding is real work for the organisation: leave it until the situation changes, "
                + "or accept it on the record with a reason (in a YAML file an `accept:` item with `code: org.rule` and "
                + "`reason`; in a CSV file a column `accept.org.rule`), for example a plan that sets a deadline. "
                + "If the rule itself is wrong, correct it in `rules.yml`.",
            vi: "Nếu số liệu sai, hãy sửa trong hồ sơ tổ chức. "
                + "Nếu số liệu đúng, đây là việc tổ chức cần giải quyết: để nguyên cho tới khi tình hình thay đổi, hoặc "
                + "ghi chấp nhận vấn đề cho hồ sơ kèm lý do (trong tệp `.yml`: một mục `accept` có `code: org.rule` và "
                + "`reason`; trong tệp CSV: cột `accept.org.rule`), ví dụ một đề án đã đặt thời hạn. "
                + "Nếu chính quy định kiểm tra sai, hãy sửa trong `rules.yml`.")
        case .recordsTotal: MessageTexts(
            en: "Add the figures again and correct the total or the part that is wrong. "
                + "If the page reproduces a source whose table adds up wrongly, keep its figures and accept the finding "
                + "with a reason (`match`: the column's heading); `chibo import` does that itself for the documents it "
                + "imports. "
                + "For a record, accept it on the record (an `accept:` item, or a column `accept.records.total`).",
            vi: "Hãy cộng lại các số liệu và sửa số tổng hoặc số thành phần bị sai. "
                + "Nếu trang chép lại một văn bản gốc có bảng cộng sai, hãy giữ nguyên số liệu và ghi chấp nhận vấn đề "
                + "kèm lý do (`match`: tên cột); lệnh `chibo import` tự làm việc này cho văn bản được nhập. "
                + "Với hồ sơ tổ chức, hãy ghi chấp nhận cho hồ sơ (một mục `accept`, hoặc cột `accept.records.total`).")
        case .packMonth: MessageTexts(
            en: "Put the pack in a folder named after its month, such as `packs/2026-12/`, and write the same month in "
                + "`month:` (`month: 2026-12`). "
                + "`chibo new pack --month 2026-12` makes a month's folder with its packs.",
            vi: "Hãy đặt tài liệu sinh hoạt vào thư mục mang tên tháng của nó, ví dụ `packs/2026-12/`, và ghi đúng tháng "
                + "đó ở trường `month` (`month: 2026-12`). "
                + "Lệnh `chibo new pack --month 2026-12` tạo thư mục của tháng cùng các tài liệu sinh hoạt.")
        case .packType: MessageTexts(
            en: "Name the file after a type's `id` in `types.yml` (the `help:` line suggests the nearest) and write the "
                + "same id in `type:`. "
                + "Delete `type:` from `chung.md`.",
            vi: "Hãy đặt tên tệp theo mã (`id`) của một loại hình trong `types.yml` (dòng `gợi ý:` nêu mã gần giống nhất) "
                + "và ghi đúng mã đó ở trường `type`. "
                + "Hãy xóa trường `type` trong `chung.md`.")
        case .packMissing: MessageTexts(
            en: "Write the missing pack in the month's folder, named after the type (`packs/2031-03/co-quan-xa.md`), "
                + "with `month:` and `type:`; copying another type's pack of that month and changing it is quickest. "
                + "`chibo new pack` writes a whole month only when none of its files exists yet. "
                + "If that type really has no pack that month, accept the finding in the file where it is reported "
                + "(`match`: the type's id).",
            vi: "Hãy viết tài liệu sinh hoạt còn thiếu trong thư mục của tháng, đặt tên theo loại hình "
                + "(`packs/2031-03/co-quan-xa.md`), có trường `month` và `type`; nhanh nhất là chép tài liệu của một loại "
                + "hình khác trong tháng rồi sửa lại. "
                + "Lệnh `chibo new pack` chỉ tạo được cả tháng khi chưa có tệp nào của tháng đó. "
                + "Nếu loại hình đó thật sự không có tài liệu trong tháng, hãy ghi chấp nhận vấn đề trong tệp nơi cảnh báo "
                + "được nêu (`match`: mã loại hình).")
        case .packPlaceholder: MessageTexts(
            en: "Write the month's topic as the title, the meeting's summary, and the text of each empty section; delete "
                + "a section's heading if this pack does not need it. "
                + "For a placeholder value, write the real value, or delete the line if it is not known. "
                + "If a type of cell has no pack this month, delete that pack's file.",
            vi: "Hãy viết chủ đề sinh hoạt của tháng vào tiêu đề, tóm tắt buổi sinh hoạt và nội dung của từng mục còn trống; "
                + "xóa tên mục nếu tài liệu này không cần mục đó. "
                + "Với giá trị còn là nội dung mẫu chưa thay, hãy ghi giá trị thật, hoặc xóa dòng đó nếu chưa biết. "
                + "Nếu một loại hình chi bộ không có tài liệu sinh hoạt trong tháng, hãy xóa tệp tài liệu đó.")
        case .nameVariant: MessageTexts(
            en: "Check the spelling against the organisation's official documents and correct the wrong `name` or "
                + "`aliases`. "
                + "If both spellings are right (two places really named so), accept the finding on the record it is "
                + "reported at, with a reason (in a YAML file an `accept:` item with `code: name.variant` and "
                + "`reason`; in a CSV file a column `accept.name.variant`).",
            vi: "Hãy đối chiếu cách viết với văn bản chính thức của tổ chức và sửa trường `name` hoặc `aliases` bị viết sai. "
                + "Nếu cả hai cách viết đều đúng (hai nơi thật sự có tên như vậy), hãy ghi chấp nhận vấn đề cho hồ sơ nơi "
                + "cảnh báo được nêu, kèm lý do (trong tệp `.yml`: một mục `accept` có `code: name.variant` và "
                + "`reason`; trong tệp CSV: cột `accept.name.variant`).")
        case .textEncoding: MessageTexts(
            en: "Run `chibo check --fix`: wherever the answer is certain it writes the decoded text in place of "
                + "old-encoding text, precomposed letters, the Vietnamese letters for PDF look-alikes, and citations in "
                + "plain characters. "
                + "A file that is not UTF-8 must first be saved again as UTF-8 (Unicode) in the editor, or converted "
                + "with UniKey's converter; a file whose lines end with a lone CR, saved again with ordinary line ends. "
                + "For a binary file, save the document as Markdown text, or give the file its real extension.",
            vi: "Hãy chạy `chibo check --fix`: ở mọi chỗ chỉ có một cách sửa đúng, lệnh này ghi chữ đã chuyển mã thay cho "
                + "chữ gõ bằng bảng mã cũ, chữ Unicode dựng sẵn, chữ tiếng Việt thay cho chữ trông giống chép từ PDF, "
                + "và trích dẫn viết lại bằng ký tự thông thường. "
                + "Tệp không phải UTF-8 cần được lưu lại dưới dạng UTF-8 (Unicode) trong trình soạn thảo trước, hoặc "
                + "chuyển mã bằng công cụ chuyển mã của UniKey; tệp xuống dòng bằng ký tự CR đơn lẻ cần được lưu lại "
                + "với kiểu xuống dòng thông thường. "
                + "Với tệp nhị phân, hãy lưu tài liệu thành tệp chữ Markdown, hoặc đặt lại đúng phần đuôi của tên tệp.")
        case .acceptUnused: MessageTexts(
            en: "Delete the item if the finding has been corrected. "
                + "Otherwise correct it: `code` is the code in brackets at the end of the finding, and `match` a piece of "
                + "its subject as written (the cited symbol, the link's target, the column's heading) or of its message.",
            vi: "Nếu vấn đề đã được sửa, hãy xóa mục đó. "
                + "Nếu chưa, hãy sửa lại mục: `code` là mã lỗi trong ngoặc vuông ở cuối vấn đề được nêu, còn `match` là "
                + "một phần của đối tượng được nêu, đúng như đã viết (số ký hiệu được trích dẫn, đích của liên kết, tên cột), "
                + "hoặc của nội dung báo.")
        case .buildCollision: MessageTexts(
            en: "Rename one of the two files, and the links to it, so that no two names differ only in capitals and "
                + "none takes the name of a page chibo makes.",
            vi: "Hãy đổi tên một trong hai tệp, và sửa các liên kết tới nó, sao cho không có hai tên chỉ khác nhau ở "
                + "chữ hoa, chữ thường, và không tên nào trùng với trang do chibo tự tạo.")
        case .markdownNesting: MessageTexts(
            en: "Open the page at the line given and remove the extra `>` signs or indentation, so that lists and "
                + "quotes are nested only as the document is.",
            vi: "Hãy mở trang tại dòng được nêu và bỏ bớt các dấu `>` hoặc khoảng thụt đầu dòng thừa, để danh sách và "
                + "đoạn trích chỉ lồng nhau đúng như văn bản gốc.")
        case .buildSkipped: MessageTexts(
            en: "Rename the file without the leading dot to publish it. "
                + "If it is a draft meant to stay out of the site, move it out of the content folder.",
            vi: "Hãy đổi tên tệp, bỏ dấu chấm ở đầu, để đưa trang lên trang web. "
                + "Nếu đó là bản nháp không định đăng, hãy chuyển tệp ra khỏi thư mục nội dung.")
        case .buildUnreadable: MessageTexts(
            en: "Make sure the user who runs chibo can open the file (its permissions, or a disk that is still "
                + "connected), then run the command again; if the file changed during the build, simply build again. "
                + "Instead of a symbolic link, put a copy of the file in the content folder.",
            vi: "Hãy bảo đảm người dùng chạy chibo mở được tệp (quyền đọc tệp, hoặc ổ đĩa vẫn đang cắm), rồi chạy lại lệnh; "
                + "nếu tệp thay đổi trong khi đang tạo trang web, chỉ cần tạo lại. "
                + "Thay cho lối tắt (symlink), hãy chép tệp vào thư mục nội dung.")
        case .themeTemplate: MessageTexts(
            en: "Correct the template at the line and column given, or delete the file from `theme/` to use the "
                + "built-in one. "
                + "`chibo theme export ban-goc` writes the built-in theme into a new folder `ban-goc`, to compare with.",
            vi: "Hãy sửa mẫu trang tại dòng và cột được nêu, hoặc xóa tệp đó khỏi `theme/` để dùng mẫu trang có sẵn. "
                + "Lệnh `chibo theme export ban-goc` ghi giao diện có sẵn vào thư mục mới `ban-goc` để đối chiếu.")
        }
    }
}

/// A part of the catalogue with one entry per diagnostic code: its cases
/// are the codes of `CodeSummaries`, so the list of codes is written once.
public protocol CodeExplanation: MessageCatalogue {
    var code: CodeSummaries { get }
    init(code: CodeSummaries)
}

extension CodeExplanation {
    public init?(rawValue: String) {
        guard let code = CodeSummaries(rawValue: rawValue) else { return nil }
        self.init(code: code)
    }

    public var rawValue: String { code.rawValue }
    public static var allCases: [Self] { CodeSummaries.allCases.map(Self.init(code:)) }
}

extension DiagnosticCode {
    /// What the code means, in a few sentences (the catalogue's entry).
    public var meaning: MessageTexts? { CodeMeanings(rawValue: rawValue)?.texts }

    /// How to fix what the code reports (the catalogue's entry).
    public var howToFix: MessageTexts? { CodeFixes(rawValue: rawValue)?.texts }
}
