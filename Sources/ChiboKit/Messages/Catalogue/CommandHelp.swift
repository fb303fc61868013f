/// The command line's help, `chibo --help` and `chibo COMMAND --help`: what
/// each command does, its examples, and what each of its options is for.
/// argument-parser's own words around them (`USAGE:`, `OPTIONS:`, `-h, --help`,
/// `(default: …)`) are not chibo's and stay English.
///
/// The examples' commands, flags and values are typed as they are in both
/// languages; only the words around them and the `<value>` names change.
public enum CommandHelp: String, MessageCatalogue {
    case chiboAbstract, chiboDiscussion
    case languageOptionLang, languageOptionLangDiscussion
    case contentOptionsContent, contentOptionsTheme, contentOptionsPublic, contentOptionsJobs, contentOptionsVerbose
    case contentOptionsQuiet, contentOptionsNotes, contentOptionsAll
    case outputOptionsOutput, outputOptionsForce, outputOptionsForceDiscussion
    case buildAbstract, buildDiscussion, buildZip, buildZipDiscussion
    case checkAbstract, checkDiscussion, checkFormat, checkStrict, checkSite, checkFix, checkFixDiscussion, checkDryRun
    case serveAbstract, serveDiscussion, servePort, serveHost
    case newAbstract, newDiscussion, scaffoldOptionsContent, scaffoldOptionsTheme
    case newSiteAbstract, newSiteDiscussion, newSiteDirectory, newSiteTitle, newSiteTheme
    case newPackAbstract, newPackDiscussion, newPackMonth
    case newDirectiveAbstract, newDirectiveDiscussion, newDirectiveSymbol, newDirectiveDate, newDirectiveTitle
    case newDirectiveIssuer, newDirectiveKind
    case newOrgAbstract, newOrgDiscussion, newOrgId, newOrgName, newOrgLevel, newOrgType, newOrgParent, newOrgFile
    case importAbstract, importDiscussion, importFiles, importContent, importInto, importDryRun, importFormat
    case importRegister
    case citeAbstract, citeDiscussion, citeFiles, citeContent, citeFormat
    case themeAbstract, themeExportAbstract, themeExportDiscussion, themeExportDirectory
    /// The names of the values options take, shown as `--content <dir>`.
    case valueDir, valueFormat, valuePort, valueAddress, valueText, valueMonth, valueSymbol, valueDate, valueTitle
    case valueIssuer, valueKind, valueId, valueName, valueLevel, valueType, valuePath, valueFile, valueFolder

    public static let domain = "help"

    public var texts: MessageTexts {
        switch self {
        case .chiboAbstract: MessageTexts(
            en: "Build and check the site of Party-cell guidance, directives and monthly packs.",
            vi: "Tạo và kiểm tra trang web gồm văn bản hướng dẫn, danh mục văn bản và tài liệu sinh hoạt chi bộ hằng tháng.")
        case .chiboDiscussion: MessageTexts(
            en: """
                chibo reads Markdown guidance, directives and monthly topic packs from a \
                content folder and writes a site that works opened from disk, with no Internet.

                Examples:
                  chibo build              build content/ into _site/
                  chibo build --public     leave out internal (lưu hành nội bộ) pages
                  chibo check              report every broken link, citation and
                                           front-matter problem
                  chibo serve              preview at http://127.0.0.1:8080/,
                                           rebuilt on every save
                  chibo new pack --month 2027-02
                                           start next month's packs from theme/archetypes/
                  chibo import FILE.docx   turn a Word, PDF or text document
                                           into a page of content/guidance/
                  chibo cite FILE.md       list the directives a file cites

                Run `chibo help COMMAND` (or `chibo COMMAND --help`) for a command's options.
                """,
            vi: """
                chibo đọc văn bản hướng dẫn, văn bản trong danh mục và tài liệu sinh hoạt hằng tháng \
                (viết bằng Markdown) trong thư mục nội dung, rồi tạo trang web mở được ngay trên máy, \
                không cần Internet.

                Ví dụ:
                  chibo build              tạo trang web từ content/ vào _site/
                  chibo build --public     bỏ các trang lưu hành nội bộ
                  chibo check              báo mọi lỗi về liên kết, trích dẫn và
                                           phần thông tin đầu tệp
                  chibo serve              xem trước tại http://127.0.0.1:8080/,
                                           tự tạo lại mỗi khi lưu tệp
                  chibo new pack --month 2027-02
                                           tạo tài liệu sinh hoạt tháng sau
                                           từ tệp mẫu trong theme/archetypes/
                  chibo import TỆP.docx    chuyển một văn bản Word, PDF hoặc .txt
                                           thành một trang trong content/guidance/
                  chibo cite TỆP.md        liệt kê các văn bản mà một tệp trích dẫn

                Chạy `chibo help LỆNH` (hoặc `chibo LỆNH --help`) để xem các tùy chọn của một lệnh.
                """)

        case .languageOptionLang: MessageTexts(
            en: "The language of messages: vi (Vietnamese) or en (English).",
            vi: "Ngôn ngữ của các thông báo: vi (tiếng Việt) hoặc en (tiếng Anh).")
        case .languageOptionLangDiscussion: MessageTexts(
            en: "Without it, LC_ALL, LC_MESSAGES or LANG decides: a value starting with vi means Vietnamese, anything else English.",
            vi: "Không có tùy chọn này thì theo biến môi trường LC_ALL, LC_MESSAGES hoặc LANG: "
                + "giá trị bắt đầu bằng vi là tiếng Việt, giá trị khác là tiếng Anh.")

        case .contentOptionsContent: MessageTexts(en: "The content folder to read.", vi: "Thư mục nội dung cần đọc.")
        case .contentOptionsTheme: MessageTexts(
            en: "A theme folder (templates/, assets/) whose files replace the built-in theme's, file by file. "
                + "Default: theme/, when there is one.",
            vi: "Thư mục giao diện (templates/, assets/): mỗi tệp trong đó dùng thay cho tệp cùng tên "
                + "của giao diện có sẵn. Mặc định: theme/, nếu có thư mục này.")
        case .contentOptionsPublic: MessageTexts(
            en: "Build or check the public edition: leave out everything marked `visibility: internal`.",
            vi: "Tạo hoặc kiểm tra bản công khai: bỏ mọi nội dung lưu hành nội bộ (ghi `visibility: internal`).")
        case .contentOptionsJobs: MessageTexts(
            en: "Worker threads (default: one per core).",
            vi: "Số luồng xử lý chạy song song (mặc định: mỗi lõi xử lý một luồng).")
        case .contentOptionsVerbose: MessageTexts(
            en: "Also print how long each stage took, its processor time and the memory it peaked at.",
            vi: "In thêm thời gian của từng bước, thời gian dùng bộ xử lý và mức bộ nhớ cao nhất của bước đó.")
        case .contentOptionsQuiet: MessageTexts(
            en: "Print only problems (errors and warnings): no progress bar, no summary line.",
            vi: "Chỉ in các vấn đề (lỗi và cảnh báo): không hiện thanh tiến độ, không in dòng tóm tắt.")
        case .contentOptionsNotes: MessageTexts(
            en: "Also list the accepted findings (notes), which the summary line otherwise only counts.",
            vi: "Liệt kê thêm các vấn đề đã chấp nhận; không có tùy chọn này, dòng tóm tắt chỉ ghi số lượng.")
        case .contentOptionsAll: MessageTexts(
            en: "Print every diagnostic: notes too, and more than 20 of one kind in one file.",
            vi: "In tất cả các vấn đề được nêu: cả vấn đề đã chấp nhận, và in hết khi một tệp có hơn 20 vấn đề cùng loại.")

        case .outputOptionsOutput: MessageTexts(
            en: "The folder to write the site to.",
            vi: "Thư mục kết quả, nơi ghi trang web.")
        case .outputOptionsForce: MessageTexts(
            en: "Replace the output folder even if it does not look like a site chibo built.",
            vi: "Thay thư mục kết quả kể cả khi thư mục đó không giống một trang web do chibo tạo.")
        case .outputOptionsForceDiscussion: MessageTexts(
            en: "A build replaces its output folder whole. Without --force, an existing folder with files in it is "
                + "replaced only if an earlier build left its `.chibo-site` marker there. `/`, the home folder and the "
                + "content, theme and working folders are always refused.",
            vi: "Mỗi lần tạo trang web, thư mục kết quả được thay toàn bộ. Không có --force, một thư mục đã có tệp "
                + "chỉ được thay nếu lần tạo trước đã để lại tệp đánh dấu `.chibo-site` trong đó. Không bao giờ thay "
                + "`/`, thư mục riêng của người dùng, thư mục nội dung, thư mục giao diện và thư mục đang làm việc.")

        case .buildAbstract: MessageTexts(
            en: "Build the site into an output folder.",
            vi: "Tạo trang web vào thư mục kết quả.")
        case .buildDiscussion: MessageTexts(
            en: """
                The site is written to a staging folder and swapped in only when the build has no \
                errors: a failed build leaves the previous output exactly as it was.

                Examples:
                  chibo build                        content/ into _site/
                  chibo build --public --zip         the public edition, and _site.zip
                                                     to carry on a USB stick
                  chibo build --output /tmp/site --verbose

                Exit codes: 0 built, 1 the content has errors, 2 the command could not run (a \
                template of the site's theme folder that cannot be used is one such case).
                """,
            vi: """
                Trang web được ghi vào một thư mục tạm và chỉ được chuyển vào thư mục kết quả khi \
                không có lỗi: nếu có lỗi, thư mục kết quả cũ được giữ nguyên như trước.

                Ví dụ:
                  chibo build                        tạo trang web từ content/ vào _site/
                  chibo build --public --zip         bản công khai, kèm tệp nén _site.zip
                                                     để chép ra USB
                  chibo build --output /tmp/site --verbose

                Mã thoát: 0 đã tạo trang web, 1 nội dung có lỗi, 2 lệnh không chạy được (ví dụ: \
                thư mục giao diện của trang web có mẫu trang không dùng được).
                """)
        case .buildZip: MessageTexts(
            en: "Also write the site as one zip file, <dir>.zip, with index.html at its top.",
            vi: "Ghi thêm trang web thành một tệp nén <thư-mục>.zip, có index.html nằm ngay ở cấp ngoài cùng.")
        case .buildZipDiscussion: MessageTexts(
            en: "For a PC without Internet: copy the zip, unzip it, open index.html.",
            vi: "Dùng cho máy không có Internet: chép tệp nén sang máy đó, giải nén, rồi mở index.html.")

        case .checkAbstract: MessageTexts(
            en: "Check the content (or a built site) without writing anything.",
            vi: "Kiểm tra nội dung (hoặc trang web đã tạo), không ghi gì.")
        case .checkDiscussion: MessageTexts(
            en: """
                Reports every problem in one run, in file, line and column order, each where it is \
                written: citations that do not resolve or disagree with the registry (date, kind, \
                issuer, anachronism, superseded), broken links and anchors, front-matter and registry \
                problems. A finding an editor accepted in the page's `accept:` list shows as a note \
                with its reason.

                With --site DIR it checks a built site instead: every href and src must lead to a \
                file and an anchor that exist.

                Text goes to standard error; the json, github, junit and sarif formats go to \
                standard output.

                Examples:
                  chibo check
                  chibo check --format sarif > chibo.sarif
                  chibo check --format github --strict
                  chibo check --site _site

                Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, \
                2 the command could not run.
                """,
            vi: """
                Báo mọi vấn đề trong một lần chạy, xếp theo tệp, dòng, cột, mỗi vấn đề chỉ rõ vị trí \
                trong tệp: trích dẫn không có trong danh mục văn bản hoặc không khớp với danh mục \
                (ngày ban hành, loại văn bản, cơ quan ban hành, trích dẫn văn bản ban hành sau ngày \
                của trang, văn bản đã bị thay thế), liên kết và mã mục không đúng, lỗi ở phần \
                thông tin đầu tệp và ở danh mục văn bản. Vấn đề mà ban biên tập đã chấp nhận \
                trong danh sách `accept:` của trang được hiện là vấn đề đã chấp nhận, kèm lý do.

                Với --site THƯ-MỤC, lệnh kiểm tra một trang web đã tạo thay cho nội dung: mọi href \
                và src phải dẫn tới một tệp và một mã mục có thật.

                Báo cáo dạng text được in ra luồng lỗi chuẩn (stderr); các định dạng json, github, \
                junit và sarif được in ra luồng ra chuẩn (stdout).

                Ví dụ:
                  chibo check
                  chibo check --format sarif > chibo.sarif
                  chibo check --format github --strict
                  chibo check --site _site

                Mã thoát: 0 không có lỗi (có cảnh báo vẫn được, trừ khi dùng --strict), \
                1 có lỗi, 2 lệnh không chạy được.
                """)
        case .checkFormat: MessageTexts(
            en: "Report format; the machine formats go to standard output.",
            vi: "Định dạng báo cáo; các định dạng dành cho máy đọc được in ra luồng ra chuẩn (stdout).")
        case .checkStrict: MessageTexts(
            en: "Fail on warnings too.",
            vi: "Có cảnh báo cũng tính là không đạt.")
        case .checkSite: MessageTexts(
            en: "Check a built site folder instead of the content.",
            vi: "Kiểm tra thư mục của một trang web đã tạo thay cho nội dung.")
        case .checkFix: MessageTexts(
            en: "Apply every fix that has one right answer, then report what is left.",
            vi: "Sửa tự động mọi vấn đề chỉ có một cách sửa đúng, rồi báo các vấn đề còn lại.")
        case .checkFixDiscussion: MessageTexts(
            en: "The registry's date in the citation's own style, legacy-encoded text decoded, NFC, PDF look-alike "
                + "letters, an issuer code or issuing body the registry states. Never an accepted finding or a judgement "
                + "call. Each file keeps its line ends and BOM and is written whole or not at all.",
            vi: "Gồm: ngày ban hành theo danh mục văn bản, viết theo cách của chính trích dẫn; chữ gõ bằng bảng mã cũ "
                + "(TCVN3, VNI) được chuyển sang Unicode; chữ được chuyển sang Unicode dựng sẵn; chữ chép từ PDF trông "
                + "giống mà sai mã (như Ð thay cho Đ); chữ viết tắt hoặc tên cơ quan ban hành theo danh mục văn bản. Không bao "
                + "giờ sửa vấn đề đã chấp nhận hay điều cần ban biên tập cân nhắc. Mỗi tệp giữ nguyên kiểu xuống "
                + "dòng và BOM, và được ghi trọn vẹn hoặc không ghi gì.")
        case .checkDryRun: MessageTexts(
            en: "With --fix: print the changes as a unified diff instead of writing them.",
            vi: "Dùng cùng --fix: in các thay đổi (dòng cũ, dòng mới của từng chỗ sửa) thay vì ghi vào tệp.")

        case .serveAbstract: MessageTexts(
            en: "Build the site, serve it on this computer and rebuild it on every change.",
            vi: "Tạo trang web để xem trước trực tiếp trên máy này, tự tạo lại sau mỗi thay đổi.")
        case .serveDiscussion: MessageTexts(
            en: """
                Builds the content into the output folder as `chibo build` does, serves that folder \
                at http://127.0.0.1:PORT/, and watches the content and theme folders: after every \
                saved change the site is built again and open pages reload themselves.

                A change that breaks the content does not break the site being viewed: the last \
                good build stays in place and is still served, and the problems show over the \
                page and here in the terminal, each at its file, line and column. Fix them and \
                the page reloads with the new build.

                Only this computer can connect, unless --host names another address to listen on.

                Examples:
                  chibo serve                     serve content/ at http://127.0.0.1:8080/
                  chibo serve --port 9000         another port
                  chibo serve --public            preview the public edition

                Stop it with Ctrl-C. Exit codes: 2 the server could not start (the port is taken, \
                the folders are wrong).
                """,
            vi: """
                Tạo trang web vào thư mục kết quả như `chibo build`, cho xem thư mục đó tại địa chỉ \
                http://127.0.0.1:CỔNG/ và theo dõi thư mục nội dung và thư mục giao diện: mỗi lần \
                lưu thay đổi, trang web được tạo lại và các trang đang mở tự tải lại.

                Thay đổi làm nội dung có lỗi không làm hỏng trang đang xem: bản tạo thành công gần nhất \
                được giữ nguyên và vẫn hiển thị, còn các vấn đề hiện đè lên trang và trong cửa sổ \
                dòng lệnh này, mỗi vấn đề kèm tệp, dòng và cột. Sửa xong, trang tự tải lại với bản mới.

                Chỉ máy này xem được, trừ khi --host nêu một địa chỉ khác để nhận kết nối.

                Ví dụ:
                  chibo serve                     xem trước tại http://127.0.0.1:8080/
                  chibo serve --port 9000         dùng cổng khác
                  chibo serve --public            xem trước bản công khai

                Bấm Ctrl-C để dừng. Mã thoát: 2 không khởi động được (cổng đã có chương trình \
                khác dùng, thư mục không đúng).
                """)
        case .servePort: MessageTexts(
            en: "The port to listen on; 0 picks a free one.",
            vi: "Cổng để nhận kết nối; 0 là tự chọn một cổng còn trống.")
        case .serveHost: MessageTexts(
            en: "The IPv4 address to listen on. 0.0.0.0 lets other computers of the network in.",
            vi: "Địa chỉ IPv4 để nhận kết nối. 0.0.0.0 cho phép các máy khác trong mạng xem.")

        case .newAbstract: MessageTexts(
            en: "Create a new site, a new month's packs, a directive or an organisation record.",
            vi: "Tạo trang web mới, tài liệu sinh hoạt của tháng mới, một văn bản trong danh mục hoặc một hồ sơ tổ chức.")
        case .newDiscussion: MessageTexts(
            en: """
                Each file is made from the theme's archetypes (built in, or theme/archetypes/) with its front \
                matter filled from the arguments and the content, and is a page or record that \
                `chibo check` accepts. chibo new never overwrites a file: if any file it would \
                create exists already, it writes nothing.

                Examples:
                  chibo new site tai-lieu-xa-hung-dao
                  chibo new pack --month 2027-02
                  chibo new directive 42-HD/BTCTW --date 2025-10-28 \\
                    --issuer "Ban Tổ chức Trung ương"
                  chibo new org xa-hung-dao --name "Đảng bộ xã Hưng Đạo" \\
                    --level cap-tren-co-so --parent tinh-cao-bang

                Exit codes: 0 files created, 2 the command could not run (nothing was written).
                """,
            vi: """
                Mỗi tệp được tạo từ tệp mẫu của giao diện (có sẵn, hoặc trong theme/archetypes/), \
                phần thông tin đầu tệp được điền theo những gì ghi trong lệnh và theo nội dung, nên \
                `chibo check` chấp nhận ngay. chibo new không bao giờ ghi đè một tệp: nếu có tệp \
                nào cần tạo đã có sẵn, lệnh không ghi gì.

                Ví dụ:
                  chibo new site tai-lieu-xa-hung-dao
                  chibo new pack --month 2027-02
                  chibo new directive 42-HD/BTCTW --date 2025-10-28 \\
                    --issuer "Ban Tổ chức Trung ương"
                  chibo new org xa-hung-dao --name "Đảng bộ xã Hưng Đạo" \\
                    --level cap-tren-co-so --parent tinh-cao-bang

                Mã thoát: 0 đã tạo các tệp, 2 lệnh không chạy được (không ghi gì).
                """)
        case .scaffoldOptionsContent: MessageTexts(
            en: "The content folder to create the files in.",
            vi: "Thư mục nội dung, nơi tạo các tệp.")
        case .scaffoldOptionsTheme: MessageTexts(
            en: "A theme folder whose archetypes/ replace the built-in ones, file by file. Default: theme/, when there is one.",
            vi: "Thư mục giao diện có archetypes/: mỗi tệp mẫu trong đó dùng thay cho tệp cùng tên của giao diện có sẵn. "
                + "Mặc định: theme/, nếu có thư mục này.")

        case .newSiteAbstract: MessageTexts(
            en: "Create a new site in a new or empty folder.",
            vi: "Tạo trang web mới trong một thư mục mới hoặc thư mục trống.")
        case .newSiteDiscussion: MessageTexts(
            en: """
                Creates the folder with a working site in it: content/site.yml and types.yml \
                (the eight cell types), the content folders, a home page, an example guidance \
                page citing an example directive, a .gitignore for _site/, and a README in \
                Vietnamese with the monthly steps. The new site checks clean, and \
                `chibo build` makes it at once: the theme is built into chibo.

                Examples:
                  chibo new site tai-lieu-xa-hung-dao
                  chibo new site tai-lieu --title "Tài liệu sinh hoạt chi bộ xã Hưng Đạo"

                Exit codes: 0 created, 2 nothing written (the folder holds files already).
                """,
            vi: """
                Tạo thư mục chứa một trang web dùng được ngay: content/site.yml và types.yml \
                (tám loại hình chi bộ), các thư mục nội dung, trang chủ, một trang hướng dẫn mẫu \
                trích dẫn một văn bản mẫu, tệp .gitignore cho _site/ và tệp README.md bằng tiếng \
                Việt ghi các việc hằng tháng. Chạy `chibo check` sẽ không thấy lỗi nào, và \
                `chibo build` tạo được trang web ngay, vì giao diện đã có sẵn trong chibo.

                Ví dụ:
                  chibo new site tai-lieu-xa-hung-dao
                  chibo new site tai-lieu --title "Tài liệu sinh hoạt chi bộ xã Hưng Đạo"

                Mã thoát: 0 đã tạo, 2 không ghi gì (thư mục đã có tệp).
                """)
        case .newSiteDirectory: MessageTexts(
            en: "The folder to create the site in: new, or empty.",
            vi: "Thư mục để tạo trang web: thư mục mới hoặc thư mục trống.")
        case .newSiteTitle: MessageTexts(
            en: "The site's title (content/site.yml).",
            vi: "Tên của trang web (ghi vào content/site.yml).")
        case .newSiteTheme: MessageTexts(
            en: "A theme folder whose archetypes/site/ replace the built-in ones.",
            vi: "Thư mục giao diện có archetypes/site/ dùng thay cho các tệp mẫu có sẵn.")

        case .newPackAbstract: MessageTexts(
            en: "Create a month's packs: chung.md and one pack per cell type.",
            vi: "Tạo tài liệu sinh hoạt của một tháng: phần chung (chung.md) và mỗi loại hình chi bộ một tài liệu.")
        case .newPackDiscussion: MessageTexts(
            en: """
                Creates content/packs/YYYY-MM/chung.md and content/packs/YYYY-MM/<type>.md for every \
                type of content/types.yml, from theme/archetypes/pack-chung.md and pack.md: month, type \
                and kind filled, a title and summary to replace with the month's topic, and the parts \
                of a regular meeting as headings. The front matter ends with a reminder, as YAML \
                comments (never published), of the directives last month's packs cited.

                Examples:
                  chibo new site tai-lieu-xa-hung-dao
                  chibo new pack --month 2027-02
                  chibo new pack --month 2027-02 --content site/content
                """,
            vi: """
                Tạo content/packs/YYYY-MM/chung.md và content/packs/YYYY-MM/<loại-hình>.md cho mỗi \
                loại hình chi bộ trong content/types.yml, từ tệp mẫu theme/archetypes/pack-chung.md \
                và pack.md: đã điền các trường `month`, `type` và `kind`; trường `title` và `summary` \
                để thay bằng chuyên đề của tháng; các phần của buổi sinh hoạt định kỳ là các mục. \
                Cuối phần thông tin đầu tệp có các dòng ghi chú bắt đầu bằng dấu `#` (không bao giờ \
                hiện trên trang web), nhắc lại các văn bản mà tài liệu tháng trước đã trích dẫn.

                Ví dụ:
                  chibo new site tai-lieu-xa-hung-dao
                  chibo new pack --month 2027-02
                  chibo new pack --month 2027-02 --content site/content
                """)
        case .newPackMonth: MessageTexts(
            en: "The month of the packs, YYYY-MM.",
            vi: "Tháng của tài liệu sinh hoạt, dạng YYYY-MM.")

        case .newDirectiveAbstract: MessageTexts(
            en: "Create a directive's registry entry in content/directives/.",
            vi: "Tạo trang văn bản trong danh mục văn bản (content/directives/).")
        case .newDirectiveDiscussion: MessageTexts(
            en: """
                Creates content/directives/<slug>.md (50-CT/TW → 50-ct-tw.md; if that file is \
                another directive's, 50-ct-tw-YYYYMMDD.md) from theme/archetypes/directive.md. The \
                symbol is normalised as citations read it; the kind defaults from its code (CT → \
                Chỉ thị) and must agree with it. A directive with the same symbol and date already \
                in the content is refused.

                Examples:
                  chibo new directive 42-HD/BTCTW --date 2025-10-28 \\
                    --issuer "Ban Tổ chức Trung ương"
                  chibo new directive "03-ĐA/TU" --date 2026-05-28 \\
                    --issuer "Ban Thường vụ Tỉnh ủy Cao Bằng" \\
                    --title "Nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030"
                  chibo new directive 20-QĐ/TW --date 2026-04-08 --kind "Quy định"
                """,
            vi: """
                Tạo content/directives/<mã-không-dấu>.md (50-CT/TW → 50-ct-tw.md; nếu tệp đó đã \
                thuộc văn bản khác thì 50-ct-tw-YYYYMMDD.md) từ tệp mẫu theme/archetypes/directive.md. \
                Số ký hiệu được chuẩn hóa theo cách đọc trích dẫn; loại văn bản mặc định theo chữ viết tắt \
                trong số ký hiệu (CT → Chỉ thị) và phải khớp với chữ viết tắt đó. Nếu nội dung đã có văn bản \
                cùng số ký hiệu và ngày ban hành, lệnh sẽ từ chối.

                Ví dụ:
                  chibo new directive 42-HD/BTCTW --date 2025-10-28 \\
                    --issuer "Ban Tổ chức Trung ương"
                  chibo new directive "03-ĐA/TU" --date 2026-05-28 \\
                    --issuer "Ban Thường vụ Tỉnh ủy Cao Bằng" \\
                    --title "Nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030"
                  chibo new directive 20-QĐ/TW --date 2026-04-08 --kind "Quy định"
                """)
        case .newDirectiveSymbol: MessageTexts(
            en: "Its number and symbol as issued, e.g. 50-CT/TW.",
            vi: "Số ký hiệu của văn bản, viết như khi ban hành, ví dụ 50-CT/TW.")
        case .newDirectiveDate: MessageTexts(
            en: "Its date of issue, YYYY-MM-DD.",
            vi: "Ngày ban hành, dạng YYYY-MM-DD.")
        case .newDirectiveTitle: MessageTexts(
            en: "Its subject line (trích yếu).",
            vi: "Trích yếu của văn bản.")
        case .newDirectiveIssuer: MessageTexts(
            en: "The issuing body, e.g. \"Ban Bí thư\".",
            vi: "Cơ quan ban hành, ví dụ \"Ban Bí thư\".")
        case .newDirectiveKind: MessageTexts(
            en: "The kind word, e.g. \"Chỉ thị\" (default: the one its code stands for).",
            vi: "Loại văn bản, ví dụ \"Chỉ thị\" (mặc định: loại ứng với chữ viết tắt trong số ký hiệu).")

        case .newOrgAbstract: MessageTexts(
            en: "Create an organisation record in a file of its own.",
            vi: "Tạo một hồ sơ tổ chức trong một tệp riêng.")
        case .newOrgDiscussion: MessageTexts(
            en: """
                Creates content/orgs/<id>.yml (or the file --file names, inside content/orgs/) from \
                theme/archetypes/org.yml. Refused unless check would accept the record: the id a slug \
                no record has, a level of the content model, a type of types.yml (which a cell must \
                have), a parent that exists and is above it.

                Levels: tinh, cap-tren-co-so, dang-bo-co-so, chi-bo-co-so, dang-bo-bo-phan, chi-bo.

                Examples:
                  chibo new org xa-hung-dao --name "Đảng bộ xã Hưng Đạo" \\
                    --level cap-tren-co-so --parent tinh-cao-bang
                  chibo new org xa-hung-dao-xom-ngam-vang --name "Chi bộ xóm Ngâm Vàng" \\
                    --level chi-bo --type xom-to-dan-pho --parent xa-hung-dao \\
                    --file orgs/hung-dao/ngam-vang.yml
                """,
            vi: """
                Tạo content/orgs/<mã>.yml (hoặc tệp do --file nêu, nằm trong content/orgs/) từ tệp \
                mẫu theme/archetypes/org.yml. Lệnh chỉ tạo hồ sơ mà `chibo check` chấp nhận: mã là \
                một mã không dấu chưa hồ sơ nào dùng, cấp là một trong các cấp dưới đây, loại hình \
                chi bộ có trong types.yml (chi bộ bắt buộc phải có), tổ chức cấp trên có thật và ở \
                cấp cao hơn.

                Các cấp: tinh, cap-tren-co-so, dang-bo-co-so, chi-bo-co-so, dang-bo-bo-phan, chi-bo.

                Ví dụ:
                  chibo new org xa-hung-dao --name "Đảng bộ xã Hưng Đạo" \\
                    --level cap-tren-co-so --parent tinh-cao-bang
                  chibo new org xa-hung-dao-xom-ngam-vang --name "Chi bộ xóm Ngâm Vàng" \\
                    --level chi-bo --type xom-to-dan-pho --parent xa-hung-dao \\
                    --file orgs/hung-dao/ngam-vang.yml
                """)
        case .newOrgId: MessageTexts(
            en: "Its id, a slug such as xa-hung-dao.",
            vi: "Mã của tổ chức, là một mã không dấu, ví dụ xa-hung-dao.")
        case .newOrgName: MessageTexts(
            en: "Its name, e.g. \"Đảng bộ xã Hưng Đạo\".",
            vi: "Tên tổ chức, ví dụ \"Đảng bộ xã Hưng Đạo\".")
        case .newOrgLevel: MessageTexts(
            en: "Its level in the hierarchy.",
            vi: "Cấp của tổ chức trong hệ thống tổ chức đảng.")
        case .newOrgType: MessageTexts(
            en: "Its cell type, an id of types.yml (cells must have one).",
            vi: "Loại hình chi bộ, là một mã trong types.yml (chi bộ bắt buộc phải có).")
        case .newOrgParent: MessageTexts(
            en: "The id of the organisation it belongs to.",
            vi: "Mã của tổ chức cấp trên.")
        case .newOrgFile: MessageTexts(
            en: "The file to create, relative to the content folder (default: orgs/<id>.yml).",
            vi: "Tệp cần tạo, tính từ thư mục nội dung (mặc định: orgs/<mã>.yml).")

        case .importAbstract: MessageTexts(
            en: "Turn Word, PDF and text documents into pages of the site.",
            vi: "Nhập văn bản Word, PDF hoặc .txt thành các trang của trang web.")
        case .importDiscussion: MessageTexts(
            en: """
                Reads each file (Word .docx or .doc, PDF, or text copied out of one: UTF-8, \
                UTF-16, or the old TCVN3, VNI and Windows-1258 encodings) and writes one page \
                under content/FOLDER/: the header becomes the front matter (title, kind, symbol, \
                date, issuer, only what the document states), the body keeps its own headings, \
                numbering, lists, tables and footnotes. A report says what was recognised, \
                mended and decided, with the line of each decision: check those against the \
                original. chibo import never overwrites a file.

                Each new page is checked at once. Mistakes that are the document's own (a \
                total that does not add up, a citation's wrong date or issuer) are kept as \
                written and recorded in the page's accept: list, so the site builds: compare \
                each with the original.

                Examples:
                  chibo import "Huong dan 12.docx"
                  chibo import de-an-03.pdf --into guidance/cao-bang
                  chibo import ban-sao.txt --dry-run      show the page, write nothing
                  chibo import bao-cao.docx --register    and registry entries for
                                                          the directives it cites

                docs/en/import.md tells everything it recognises and decides.

                Exit codes: 0 every file imported, 1 a file could not be read (the others \
                are still imported), 2 the command could not run (a program it needs is \
                missing, or a page's file exists already).
                """,
            vi: """
                Đọc từng tệp (Word .docx hoặc .doc, PDF, hoặc chữ chép ra từ các tệp đó: UTF-8, \
                UTF-16, hoặc bảng mã cũ TCVN3, VNI, Windows-1258) và ghi mỗi tệp thành một trang \
                trong content/THƯ-MỤC/: phần đầu văn bản thành phần thông tin đầu tệp (tiêu đề, \
                loại văn bản, số ký hiệu, ngày ban hành, cơ quan ban hành, chỉ những gì văn bản \
                ghi), phần nội dung giữ nguyên các mục, cách đánh số, danh sách, bảng và chú thích \
                cuối trang. Bản báo cáo cho biết những gì đã nhận ra, đã sửa và đã quyết định, kèm \
                dòng của từng quyết định: hãy đối chiếu các điểm đó với bản gốc. chibo import không \
                bao giờ ghi đè một tệp.

                Mỗi trang mới được kiểm tra ngay. Những chỗ sai của chính văn bản gốc (dòng tổng \
                không khớp với các số cộng lại, trích dẫn sai ngày ban hành hoặc cơ quan ban hành) \
                được giữ nguyên như trong văn bản gốc và ghi vào danh sách accept: của trang, để trang \
                web vẫn tạo được: hãy đối chiếu từng chỗ với bản gốc.

                Ví dụ:
                  chibo import "Huong dan 12.docx"
                  chibo import de-an-03.pdf --into guidance/cao-bang
                  chibo import ban-sao.txt --dry-run      xem trang, không ghi gì
                  chibo import bao-cao.docx --register    kèm trang văn bản trong danh mục
                                                          cho các văn bản được trích dẫn

                docs/nhap-van-ban.md nêu đầy đủ những gì lệnh này nhận ra và quyết định.

                Mã thoát: 0 đã nhập mọi tệp, 1 có tệp không đọc được (các tệp khác vẫn \
                được nhập), 2 lệnh không chạy được (thiếu một chương trình cần dùng, hoặc tệp \
                của trang đã có).
                """)
        case .importFiles: MessageTexts(en: "The documents to import.", vi: "Các văn bản cần nhập.")
        case .importContent: MessageTexts(
            en: "The content folder the pages go into.",
            vi: "Thư mục nội dung, nơi ghi các trang.")
        case .importInto: MessageTexts(
            en: "The folder of the content the pages go into.",
            vi: "Thư mục trong thư mục nội dung, nơi ghi các trang.")
        case .importDryRun: MessageTexts(
            en: "Print each page instead of writing it.",
            vi: "In từng trang ra màn hình thay vì ghi vào tệp.")
        case .importFormat: MessageTexts(en: "The report's format.", vi: "Định dạng của báo cáo.")
        case .importRegister: MessageTexts(
            en: "Also write a registry entry (content/directives/) for each cited directive the registry lacks.",
            vi: "Ghi thêm trang văn bản trong danh mục (content/directives/) cho mỗi văn bản được trích dẫn "
                + "mà danh mục văn bản chưa có.")

        case .citeAbstract: MessageTexts(
            en: "List the directive citations in Markdown or text files.",
            vi: "Liệt kê các trích dẫn văn bản trong tệp Markdown hoặc .txt.")
        case .citeDiscussion: MessageTexts(
            en: """
                Recognises citations such as `Chỉ thị số 50-CT/TW, ngày 23/7/2025` \
                in any Markdown or plain-text file, with the line and column where each starts. \
                With --content, each citation is also resolved against that folder's directive registry.

                Exit codes: 0 done, 1 a cited date does not exist, 2 the command could not run.
                """,
            vi: """
                Nhận ra các trích dẫn như `Chỉ thị số 50-CT/TW, ngày 23/7/2025` \
                trong mọi tệp Markdown hoặc .txt, kèm dòng và cột nơi mỗi trích dẫn bắt đầu. \
                Với --content, mỗi trích dẫn còn được đối chiếu với danh mục văn bản của thư mục nội dung đó.

                Mã thoát: 0 xong, 1 có trích dẫn ghi ngày không có trên lịch, 2 lệnh không chạy được.
                """)
        case .citeFiles: MessageTexts(
            en: "Markdown or text files to read.",
            vi: "Các tệp Markdown hoặc .txt cần đọc.")
        case .citeContent: MessageTexts(
            en: "A content folder whose registry resolves the citations.",
            vi: "Thư mục nội dung có danh mục văn bản để đối chiếu các trích dẫn.")
        case .citeFormat: MessageTexts(en: "Output format.", vi: "Định dạng kết quả.")

        case .themeAbstract: MessageTexts(
            en: "Work with the theme built into chibo.",
            vi: "Làm việc với giao diện có sẵn trong chibo.")
        case .themeExportAbstract: MessageTexts(
            en: "Write the built-in theme into a folder, to change it.",
            vi: "Xuất giao diện có sẵn ra một thư mục để sửa.")
        case .themeExportDiscussion: MessageTexts(
            en: """
                chibo builds with the theme compiled into it. A site's theme/ folder replaces \
                its files one by one: a site that changes only assets/style.css keeps every \
                other file built in. This writes every file of the built-in theme \
                (templates/, assets/, archetypes/) into the folder, to start from; delete \
                the files you do not change, so they follow chibo's own when it is updated.

                Examples:
                  chibo theme export theme

                Exit codes: 0 written, 2 nothing written (a file of the theme exists there already).
                """,
            vi: """
                chibo tạo trang web bằng giao diện có sẵn bên trong chương trình. Thư mục theme/ \
                của trang web thay từng tệp của giao diện đó: trang web chỉ sửa assets/style.css \
                thì mọi tệp khác vẫn dùng bản có sẵn. Lệnh này ghi mọi tệp của giao diện có sẵn \
                (templates/, assets/, archetypes/) vào thư mục để bắt đầu sửa; hãy xóa các tệp \
                không sửa, để các tệp đó theo bản của chibo mỗi khi chibo được cập nhật.

                Ví dụ:
                  chibo theme export theme

                Mã thoát: 0 đã ghi, 2 không ghi gì (trong thư mục đã có một tệp của giao diện).
                """)
        case .themeExportDirectory: MessageTexts(
            en: "The folder to write the theme into (created if missing).",
            vi: "Thư mục để ghi giao diện (tự tạo nếu chưa có).")

        case .valueDir: MessageTexts(en: "dir", vi: "thư-mục")
        case .valueFormat: MessageTexts(en: "format", vi: "định-dạng")
        case .valuePort: MessageTexts(en: "port", vi: "cổng")
        case .valueAddress: MessageTexts(en: "address", vi: "địa-chỉ")
        case .valueText: MessageTexts(en: "text", vi: "tên")
        case .valueMonth: MessageTexts(en: "month", vi: "tháng")
        case .valueSymbol: MessageTexts(en: "symbol", vi: "số-ký-hiệu")
        case .valueDate: MessageTexts(en: "date", vi: "ngày")
        case .valueTitle: MessageTexts(en: "title", vi: "trích-yếu")
        case .valueIssuer: MessageTexts(en: "issuer", vi: "cơ-quan")
        case .valueKind: MessageTexts(en: "kind", vi: "loại")
        case .valueId: MessageTexts(en: "id", vi: "mã")
        case .valueName: MessageTexts(en: "name", vi: "tên")
        case .valueLevel: MessageTexts(en: "level", vi: "cấp")
        case .valueType: MessageTexts(en: "type", vi: "loại-hình")
        case .valuePath: MessageTexts(en: "path", vi: "đường-dẫn")
        case .valueFile: MessageTexts(en: "file", vi: "tệp")
        case .valueFolder: MessageTexts(en: "folder", vi: "thư-mục")
        }
    }
}
