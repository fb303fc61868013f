/// What `chibo import` tells the editor: why a file could not be read (and
/// what to do), what each reader noticed, the judgement calls the structure
/// stage made, and the report of one import.
public enum ImportMessages: String, MessageCatalogue {
    // Importer
    case noSuchFile, isAFolder, fileTooLarge, cannotReadFile, unsupportedFormat
    case registerFileNameTaken
    // ImportedText
    case emptyFile, binaryFile, textFileTooLarge, unknownEncoding
    case repairedLegacyWords, repairedNFC, repairedLookAlikeLetters, repairedNoBreakSpaces, repairedInvisibleCharacters
    // TextReader, MarkdownReader
    case markdownHasFrontMatter
    case readAsText, legacyFileDecoded
    case readAsMarkdown, imagesLeftOut
    // PDFTools, PDFReader, PDFPageFurniture
    case missingPoppler, popplerTimedOut
    case readAsOCR, scannedPDFNote
    case pageWithoutText, pagesWithoutText
    case readAsPDF
    case pdfCannotBeOpened, pdfEmpty, pdfTooLarge, notAPDF
    case pdfPasswordProtected, pdfCopyProtected
    case pdfDamaged, pdfDamagedPopplerSaid
    case pageNumbersRemoved, runningHeaderRemoved, runningFooterRemoved
    // PDFOCR
    case ocrNoTemporaryFolder, ocrPagesNotDrawn, ocrTimedOut, tesseractFailed, tesseractFailedSilently
    case missingTesseract, missingTesseractVietnamese
    // WordPackage, WordReader
    case zipButNotWord, wordPartDamaged, wordPartTooLarge, wordFileTooLarge, notADocx
    case docOrProtectedDocx, rtfWithWordName, pdfWithWordName
    case missingLibreOffice, docNoTemporaryFolder, docNotConverted, readAsDoc
    case libreOfficeWontStart, libreOfficeTimedOut
    case readAsDocx, wordCannotBeOpened
    case stylesUnreadable, numberingUnreadable, wordTextUnreadable, footnotesUnreadable, endnotesUnreadable
    case fontReadAs, fontReadAsCapitals
    case imageLeftOutAt
    // Structure
    case citedInListLeftOut
    case summaryRead
    case shortFirstLineIsTitle
    case loneFootnoteMarker, footnoteWithoutMarker
    case tableGoesOn
    case runningLinesRemoved
    case photoCaption
    case capitalsLineIsHeading
    case internalMarked
    case noTitle
    // CitedDirectiveEntries
    case issuerCodeSlipNoEntry
    case citationsDisagree, theDate, theKind, theIssuingBody
    // ImportReportText
    case readAsLine, readAsLineOCR
    case title, recognised, notStated, mended, note, judgementCalls
    case factStated, factStatedAt, factStatedFrom
    case structure, structureWithPageNumbers
    case atLine, atParagraph, atPageLine

    public static let domain = "import"

    public var texts: MessageTexts {
        switch self {
        case .noSuchFile: MessageTexts(
            en: "there is no file `{path}`",
            vi: "không có tệp `{path}`")
        case .isAFolder: MessageTexts(
            en: "`{path}` is a folder: name the files in it to import",
            vi: "`{path}` là một thư mục: hãy nêu tên từng tệp cần nhập trong thư mục đó")
        case .fileTooLarge: MessageTexts(
            en: "the file is {size} MB; chibo imports files up to {limit} MB",
            vi: "tệp có dung lượng {size} MB; chibo chỉ nhập tệp đến {limit} MB")
        case .cannotReadFile: MessageTexts(
            en: "`{path}` cannot be read (no permission?)",
            vi: "không đọc được `{path}` (có thể do không có quyền đọc tệp)")
        case .unsupportedFormat: MessageTexts(
            en: "chibo imports Word (.docx, .doc), PDF (.pdf) and text (.txt, .md) files; `{file}` is none of these",
            vi: "chibo nhập được tệp Word (.docx, .doc), PDF (.pdf) và tệp chữ (.txt, .md); `{file}` không thuộc loại nào trong số đó")
        case .registerFileNameTaken: MessageTexts(
            en: "{symbol}: no entry written, its file name is taken in directives/",
            vi: "{symbol}: chưa ghi trang văn bản vào danh mục văn bản, vì trong directives/ đã có tệp trùng tên")
        case .emptyFile: MessageTexts(
            en: "the file holds no text",
            vi: "tệp không có chữ nào")
        case .binaryFile: MessageTexts(
            en: "this is not a text file (it holds NUL bytes): import the Word or PDF file itself, not a copy renamed .txt",
            vi: "đây không phải tệp chữ (tệp có byte NUL): hãy nhập chính tệp Word hoặc PDF, "
                + "không nhập bản sao đã đổi tên thành .txt")
        case .textFileTooLarge: MessageTexts(
            en: "the file is {size} MB; chibo imports text files up to {limit} MB",
            vi: "tệp có dung lượng {size} MB; chibo chỉ nhập tệp chữ đến {limit} MB")
        case .unknownEncoding: MessageTexts(
            en: "the file is not UTF-8 and its words read as no Vietnamese encoding chibo knows (TCVN3, VNI, Windows-1258): "
                + "open it in Word or UniKey and save it as Unicode (UTF-8) text",
            vi: "tệp không dùng bảng mã UTF-8, và chữ trong tệp không khớp với bảng mã tiếng Việt nào chibo biết "
                + "(TCVN3, VNI, Windows-1258): hãy mở tệp bằng Word hoặc UniKey rồi lưu lại thành tệp chữ Unicode (UTF-8)")
        case .repairedLegacyWords: MessageTexts(
            en: "{count} words decoded from a legacy encoding",
            vi: "{count} từ được chuyển từ bảng mã cũ (TCVN3, VNI) sang Unicode")
        case .repairedNFC: MessageTexts(
            en: "{count} lines made NFC",
            vi: "{count} dòng được chuyển sang Unicode dựng sẵn")
        case .repairedLookAlikeLetters: MessageTexts(
            en: "{count} PDF look-alike letters (Ƣ ƣ, Ð ð)",
            vi: "{count} chữ trông giống nhưng sai mã do chép từ PDF (Ƣ ƣ, Ð ð)")
        case .repairedNoBreakSpaces: MessageTexts(
            en: "{count} no-break and typographic spaces",
            vi: "{count} dấu cách đặc biệt (dấu cách không ngắt dòng, dấu cách dàn trang)")
        case .repairedInvisibleCharacters: MessageTexts(
            en: "{count} soft hyphens and zero-width characters",
            vi: "{count} dấu gạch nối ẩn và ký tự ẩn")
        case .markdownHasFrontMatter: MessageTexts(
            en: "this Markdown file has front matter already: it is a page, not a document to import; "
                + "copy it into the content folder instead",
            vi: "tệp Markdown này đã có phần thông tin đầu tệp: đây là một trang, không phải văn bản cần nhập; "
                + "hãy chép thẳng tệp vào thư mục nội dung")
        case .readAsText: MessageTexts(
            en: "{encoding} text",
            vi: "tệp chữ {encoding}")
        case .legacyFileDecoded: MessageTexts(
            en: "the file is in the old {encoding} encoding; its text was decoded to Unicode",
            vi: "tệp dùng bảng mã cũ {encoding}; chữ trong tệp đã được chuyển sang Unicode")
        case .readAsMarkdown: MessageTexts(
            en: "Markdown ({encoding})",
            vi: "tệp Markdown ({encoding})")
        case .imagesLeftOut: MessageTexts(
            en: "{count:image was|images were} left out",
            vi: "đã bỏ {count} hình ảnh")
        case .missingPoppler: MessageTexts(
            en: "Reading PDF files needs poppler, which is not installed: install it with `sudo apt install poppler-utils` "
                + "(on a Mac: `brew install poppler`), then import again.",
            vi: "Muốn đọc tệp PDF cần có chương trình poppler, nhưng máy chưa cài: hãy cài bằng lệnh "
                + "`sudo apt install poppler-utils` (trên máy Mac: `brew install poppler`), rồi nhập lại văn bản.")
        case .popplerTimedOut: MessageTexts(
            en: "Reading this PDF took longer than {seconds} seconds, so it was stopped. The file may be damaged "
                + "or unusually heavy: open it, print it again to a new PDF (\"Microsoft Print to PDF\" or \"Save as PDF\") "
                + "and import that copy.",
            vi: "Đọc tệp PDF này mất hơn {seconds} giây nên đã phải dừng. Tệp có thể bị hỏng hoặc nặng bất thường: "
                + "hãy mở tệp, in lại ra một tệp PDF mới (\"Microsoft Print to PDF\" hoặc \"Save as PDF\") rồi nhập bản đó.")
        case .readAsOCR: MessageTexts(
            en: "PDF read by OCR (tesseract)",
            vi: "tệp PDF, đọc bằng nhận dạng chữ OCR (tesseract)")
        case .scannedPDFNote: MessageTexts(
            en: "this PDF is a scan: its text was read from pictures of the pages by OCR, which "
                + "mistakes letters and tone marks; check every word against the paper copy",
            vi: "tệp PDF này là bản quét: chữ được đọc từ ảnh chụp các trang bằng nhận dạng chữ (OCR), "
                + "cách đọc này hay nhầm chữ và dấu; hãy đối chiếu từng chữ với bản giấy")
        case .pageWithoutText: MessageTexts(
            en: "page {pages} holds no text (a picture, a scanned page, or blank): type in by hand anything written there",
            vi: "trang {pages} không có chữ (là hình ảnh, trang quét hoặc trang trắng): hãy tự gõ lại những gì viết ở đó")
        case .pagesWithoutText: MessageTexts(
            en: "pages {pages} hold no text (a picture, a scanned page, or blank): type in by hand anything written there",
            vi: "các trang {pages} không có chữ (là hình ảnh, trang quét hoặc trang trắng): "
                + "hãy tự gõ lại những gì viết ở đó")
        case .readAsPDF: MessageTexts(
            en: "PDF (poppler)",
            vi: "tệp PDF (đọc bằng poppler)")
        case .pdfCannotBeOpened: MessageTexts(
            en: "The file {file} could not be opened: check that it is there and that you may read it.",
            vi: "Không mở được tệp {file}: hãy kiểm tra xem tệp có ở đó không và có quyền đọc tệp không.")
        case .pdfEmpty: MessageTexts(
            en: "The file {file} is empty.",
            vi: "Tệp {file} là tệp trống.")
        case .pdfTooLarge: MessageTexts(
            en: "This PDF is {size} MB; chibo imports PDFs up to {limit} MB. "
                + "Ask the sender for the Word file, or import the document in parts.",
            vi: "Tệp PDF này có dung lượng {size} MB; chibo chỉ nhập tệp PDF đến {limit} MB. "
                + "Hãy đề nghị bên gửi cung cấp tệp Word, hoặc chia văn bản thành nhiều phần để nhập.")
        case .notAPDF: MessageTexts(
            en: "{file} is not a PDF file, although its name may say so. If it is a Word document, "
                + "save it as .docx and import that; otherwise open it and save or print it again as PDF.",
            vi: "{file} không phải tệp PDF, dù tên tệp có thể ghi như vậy. Nếu đó là văn bản Word, "
                + "hãy lưu thành .docx rồi nhập tệp đó; nếu không, hãy mở tệp rồi lưu hoặc in lại thành PDF.")
        case .pdfPasswordProtected: MessageTexts(
            en: "This PDF is protected by a password, so chibo cannot read it. "
                + "Ask the sender for a copy without a password, or for the Word file.",
            vi: "Tệp PDF này có đặt mật khẩu nên chibo không đọc được. "
                + "Hãy đề nghị bên gửi cung cấp bản không có mật khẩu, hoặc tệp Word.")
        case .pdfCopyProtected: MessageTexts(
            en: "This PDF is protected against copying its text, so chibo cannot read it. "
                + "Ask the sender for an unprotected copy, or for the Word file.",
            vi: "Tệp PDF này bị khóa không cho sao chép chữ nên chibo không đọc được. "
                + "Hãy đề nghị bên gửi cung cấp bản không bị khóa, hoặc tệp Word.")
        case .pdfDamaged: MessageTexts(
            en: "This PDF could not be read: the file may be damaged. Open it, save or print it again "
                + "as a new PDF (\"Save as PDF\", \"Microsoft Print to PDF\"), and import that copy.",
            vi: "Không đọc được tệp PDF này: tệp có thể bị hỏng. Hãy mở tệp, lưu hoặc in lại "
                + "thành một tệp PDF mới (\"Save as PDF\", \"Microsoft Print to PDF\"), rồi nhập bản đó.")
        case .pdfDamagedPopplerSaid: MessageTexts(
            en: "This PDF could not be read: the file may be damaged (poppler said: {said}). Open it, save or print it again "
                + "as a new PDF (\"Save as PDF\", \"Microsoft Print to PDF\"), and import that copy.",
            vi: "Không đọc được tệp PDF này: tệp có thể bị hỏng (poppler báo: {said}). Hãy mở tệp, lưu hoặc in lại "
                + "thành một tệp PDF mới (\"Save as PDF\", \"Microsoft Print to PDF\"), rồi nhập bản đó.")
        case .pageNumbersRemoved: MessageTexts(
            en: "page numbers removed from {count:page|pages}",
            vi: "đã bỏ số trang ở {count} trang")
        case .runningHeaderRemoved: MessageTexts(
            en: "running header “{words}” removed from {count} pages",
            vi: "đã bỏ dòng đầu trang lặp lại “{words}” ở {count} trang")
        case .runningFooterRemoved: MessageTexts(
            en: "running footer “{words}” removed from {count} pages",
            vi: "đã bỏ dòng chân trang lặp lại “{words}” ở {count} trang")
        case .ocrNoTemporaryFolder: MessageTexts(
            en: "chibo could not make a temporary folder to read this scanned PDF in: check that the disk is not full.",
            vi: "chibo không tạo được thư mục tạm để đọc tệp PDF quét này: hãy kiểm tra xem ổ đĩa có bị đầy không.")
        case .ocrPagesNotDrawn: MessageTexts(
            en: "The pages of this scanned PDF could not be drawn for OCR: the file may be damaged. "
                + "Open it, print it again to a new PDF, and import that copy.",
            vi: "Không tạo được ảnh các trang của tệp PDF quét này để nhận dạng chữ (OCR): tệp có thể bị hỏng. "
                + "Hãy mở tệp, in lại ra một tệp PDF mới, rồi nhập bản đó.")
        case .ocrTimedOut: MessageTexts(
            en: "OCR of page {page} of this scanned PDF took longer than {seconds} seconds and was stopped. "
                + "Try a copy scanned at a lower resolution, or type the page in.",
            vi: "Nhận dạng chữ (OCR) trang {page} của tệp PDF quét này mất hơn {seconds} giây nên đã phải dừng. "
                + "Hãy thử bản quét có độ phân giải thấp hơn, hoặc tự gõ lại trang đó.")
        case .tesseractFailed: MessageTexts(
            en: "tesseract could not read page {page} of this scanned PDF (it said: {said}). "
                + "Check that tesseract works, then import again.",
            vi: "tesseract không đọc được trang {page} của tệp PDF quét này (tesseract báo: {said}). "
                + "Hãy kiểm tra xem tesseract có chạy được không, rồi nhập lại văn bản.")
        case .tesseractFailedSilently: MessageTexts(
            en: "tesseract could not read page {page} of this scanned PDF (it said: nothing). "
                + "Check that tesseract works, then import again.",
            vi: "tesseract không đọc được trang {page} của tệp PDF quét này (tesseract không báo gì). "
                + "Hãy kiểm tra xem tesseract có chạy được không, rồi nhập lại văn bản.")
        case .missingTesseract: MessageTexts(
            en: "This PDF is a scan (pictures of pages, no text), so its words can only be read by OCR, "
                + "which needs tesseract with its Vietnamese language: install them with "
                + "`sudo apt install tesseract-ocr tesseract-ocr-vie` (on a Mac: `brew install tesseract tesseract-lang`), "
                + "then import again. Or ask the sender for the Word file, or a PDF saved from Word rather than scanned.",
            vi: "Tệp PDF này là bản quét (ảnh chụp các trang, không có chữ), nên chỉ đọc được chữ bằng nhận dạng chữ (OCR); "
                + "việc này cần chương trình tesseract cùng gói tiếng Việt: hãy cài bằng lệnh "
                + "`sudo apt install tesseract-ocr tesseract-ocr-vie` (trên máy Mac: `brew install tesseract tesseract-lang`), "
                + "rồi nhập lại văn bản. Hoặc đề nghị bên gửi cung cấp tệp Word, hoặc tệp PDF lưu từ Word chứ không phải bản quét.")
        case .missingTesseractVietnamese: MessageTexts(
            en: "This PDF is a scan (pictures of pages, no text), so its words can only be read by OCR. "
                + "tesseract is installed without its Vietnamese language: install it with `sudo apt install tesseract-ocr-vie` "
                + "(on a Mac: `brew install tesseract-lang`), then import again. "
                + "Or ask the sender for the Word file, or a PDF saved from Word rather than scanned.",
            vi: "Tệp PDF này là bản quét (ảnh chụp các trang, không có chữ), nên chỉ đọc được chữ bằng nhận dạng chữ (OCR). "
                + "Máy đã cài tesseract nhưng chưa có gói tiếng Việt: hãy cài bằng lệnh `sudo apt install tesseract-ocr-vie` "
                + "(trên máy Mac: `brew install tesseract-lang`), rồi nhập lại văn bản. "
                + "Hoặc đề nghị bên gửi cung cấp tệp Word, hoặc tệp PDF lưu từ Word chứ không phải bản quét.")
        case .zipButNotWord: MessageTexts(
            en: "this file is a zip package but not a Word document (it holds no word/document.xml): "
                + "if it came from another program, open it in Word or LibreOffice and save it as a Word .docx document",
            vi: "tệp này là gói zip nhưng không phải văn bản Word (không có word/document.xml): "
                + "nếu tệp do chương trình khác tạo ra, hãy mở bằng Word hoặc LibreOffice rồi lưu thành văn bản Word .docx")
        case .wordPartDamaged: MessageTexts(
            en: "the Word file is damaged: its part {part} cannot be unpacked. "
                + "Open it in Word (which offers to repair it) and save it again as .docx, then import the new file",
            vi: "tệp Word bị hỏng: không giải nén được phần {part} của tệp. "
                + "Hãy mở tệp bằng Word (Word sẽ đề nghị sửa tệp) rồi lưu lại thành .docx, sau đó nhập tệp mới")
        case .wordPartTooLarge: MessageTexts(
            en: "the Word file's part {part} would unpack to more than {limit} MB, "
                + "more than any real document holds, so chibo did not unpack it: the file is damaged or was made to cause harm. "
                + "Ask whoever sent it for the document again, or open it in Word and save a copy",
            vi: "phần {part} của tệp Word khi giải nén sẽ lớn hơn {limit} MB, lớn hơn mọi văn bản thật, "
                + "nên chibo không giải nén: tệp bị hỏng hoặc được tạo ra để gây hại. "
                + "Hãy đề nghị bên gửi gửi lại văn bản, hoặc mở tệp bằng Word rồi lưu một bản sao")
        case .wordFileTooLarge: MessageTexts(
            en: "the file is {size} MB; chibo imports Word files up to {limit} MB. "
                + "If its pictures make it large, save a copy without them (the text is what is imported)",
            vi: "tệp có dung lượng {size} MB; chibo chỉ nhập tệp Word đến {limit} MB. "
                + "Nếu tệp nặng vì hình ảnh, hãy lưu một bản sao không có hình (chibo chỉ nhập phần chữ)")
        case .notADocx: MessageTexts(
            en: "this file is not a Word .docx document (it is not the zip package a .docx is): "
                + "open it in Word or LibreOffice and save it as a Word document (.docx), then import that file",
            vi: "tệp này không phải văn bản Word .docx (không phải gói zip như tệp .docx): "
                + "hãy mở bằng Word hoặc LibreOffice, lưu thành văn bản Word (.docx), rồi nhập tệp đó")
        case .docOrProtectedDocx: MessageTexts(
            en: "this file is not an ordinary .docx document: it is either an old Word document (.doc) "
                + "renamed .docx, or a .docx protected by a password. Open it in Word: if it asks for a password, "
                + "remove the password (File › Info › Protect Document) and save it; otherwise use File › Save As "
                + "and choose Word Document (.docx). Then import the saved file",
            vi: "tệp này không phải văn bản .docx thông thường: đó là văn bản Word cũ (.doc) bị đổi tên thành .docx, "
                + "hoặc tệp .docx có đặt mật khẩu. Hãy mở tệp bằng Word: nếu Word hỏi mật khẩu, hãy bỏ mật khẩu "
                + "(File › Info › Protect Document) rồi lưu lại; nếu không, hãy chọn File › Save As "
                + "và chọn Word Document (.docx). Sau đó nhập tệp đã lưu")
        case .rtfWithWordName: MessageTexts(
            en: "this file is an RTF document with a Word name: open it in Word or LibreOffice, "
                + "save it as a Word document (.docx), and import that file",
            vi: "tệp này là văn bản RTF nhưng có đuôi tên của tệp Word: hãy mở bằng Word hoặc LibreOffice, "
                + "lưu thành văn bản Word (.docx), rồi nhập tệp đó")
        case .pdfWithWordName: MessageTexts(
            en: "this file is a PDF, not a Word document: give it a .pdf name and import it as a PDF",
            vi: "tệp này là PDF, không phải văn bản Word: hãy đổi đuôi tên tệp thành .pdf rồi nhập như một tệp PDF")
        case .missingLibreOffice: MessageTexts(
            en: "Reading an old Word .doc file needs LibreOffice: install it with "
                + "`sudo apt install libreoffice-writer`, or open the file in Word and save it as .docx",
            vi: "Muốn đọc tệp Word cũ (.doc) cần có LibreOffice: hãy cài bằng lệnh "
                + "`sudo apt install libreoffice-writer`, hoặc mở tệp bằng Word rồi lưu thành .docx")
        case .docNoTemporaryFolder: MessageTexts(
            en: "chibo could not make a temporary folder to convert the .doc file in: "
                + "check that the disk is not full, or save the file as .docx in Word and import that",
            vi: "chibo không tạo được thư mục tạm để chuyển đổi tệp .doc: "
                + "hãy kiểm tra xem ổ đĩa có bị đầy không, hoặc lưu tệp thành .docx bằng Word rồi nhập tệp đó")
        case .docNotConverted: MessageTexts(
            en: "LibreOffice could not convert {file} to .docx: the file may be damaged "
                + "or protected by a password. Open it in Word or LibreOffice, save it as .docx, and import that file",
            vi: "LibreOffice không chuyển được {file} sang .docx: tệp có thể bị hỏng hoặc có đặt mật khẩu. "
                + "Hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx, rồi nhập tệp đó")
        case .readAsDoc: MessageTexts(
            en: "Word (.doc, converted by LibreOffice)",
            vi: "tệp Word (.doc, đã chuyển đổi bằng LibreOffice)")
        case .libreOfficeWontStart: MessageTexts(
            en: "chibo found LibreOffice at {path} but could not start it: "
                + "check that it works (run `soffice --version`), or save the file as .docx in Word and import that",
            vi: "chibo tìm thấy LibreOffice ở {path} nhưng không chạy được: "
                + "hãy kiểm tra xem LibreOffice có chạy được không (gõ lệnh `soffice --version`), "
                + "hoặc lưu tệp thành .docx bằng Word rồi nhập tệp đó")
        case .libreOfficeTimedOut: MessageTexts(
            en: "LibreOffice took more than {seconds} seconds to convert {file} and was stopped: "
                + "open the file in Word or LibreOffice, save it as .docx, and import that file",
            vi: "LibreOffice mất hơn {seconds} giây để chuyển đổi {file} nên đã phải dừng: "
                + "hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx, rồi nhập tệp đó")
        case .readAsDocx: MessageTexts(
            en: "Word (.docx)",
            vi: "tệp Word (.docx)")
        case .wordCannotBeOpened: MessageTexts(
            en: "chibo could not open {file}: check that the file exists and that you may read it",
            vi: "chibo không mở được {file}: hãy kiểm tra xem tệp có tồn tại không và có quyền đọc tệp không")
        case .stylesUnreadable: MessageTexts(
            en: "the document's styles could not be read (that part of the file is damaged), "
                + "so headings and bold text may be missing: check them against the document in Word",
            vi: "không đọc được phần kiểu trình bày của văn bản (phần đó của tệp bị hỏng), "
                + "nên có thể thiếu các mục và chữ đậm: hãy đối chiếu với văn bản mở bằng Word")
        case .numberingUnreadable: MessageTexts(
            en: "the document's numbering could not be read (that part of the file is damaged), "
                + "so list numbers may be missing: check them against the document in Word",
            vi: "không đọc được phần đánh số của văn bản (phần đó của tệp bị hỏng), "
                + "nên có thể thiếu số thứ tự của các danh sách: hãy đối chiếu với văn bản mở bằng Word")
        case .wordTextUnreadable: MessageTexts(
            en: "the Word file is damaged: the part that holds its text (word/document.xml) cannot be read. "
                + "Open it in Word, which offers to repair it, save it again as .docx, and import the saved file",
            vi: "tệp Word bị hỏng: không đọc được phần chứa chữ của văn bản (word/document.xml). "
                + "Hãy mở tệp bằng Word (Word sẽ đề nghị sửa tệp), lưu lại thành .docx, rồi nhập tệp đã lưu")
        case .footnotesUnreadable: MessageTexts(
            en: "the document's footnotes could not be read (that part of the file is damaged), "
                + "so the footnotes' text may be missing: check them against the document in Word",
            vi: "không đọc được phần chú thích cuối trang của văn bản (phần đó của tệp bị hỏng), "
                + "nên có thể thiếu nội dung chú thích: hãy đối chiếu với văn bản mở bằng Word")
        case .endnotesUnreadable: MessageTexts(
            en: "the document's endnotes could not be read (that part of the file is damaged), "
                + "so the endnotes' text may be missing: check them against the document in Word",
            vi: "không đọc được phần chú thích cuối văn bản (phần đó của tệp bị hỏng), "
                + "nên có thể thiếu nội dung chú thích: hãy đối chiếu với văn bản mở bằng Word")
        case .fontReadAs: MessageTexts(
            en: "text in the font {font} was read as {encoding}",
            vi: "chữ dùng phông {font} được đọc theo bảng mã {encoding}")
        case .fontReadAsCapitals: MessageTexts(
            en: "text in the font {font} was read as {encoding} capitals",
            vi: "chữ dùng phông {font} được đọc theo bảng mã {encoding}, dạng chữ in hoa")
        case .imageLeftOutAt: MessageTexts(
            en: "an image at paragraph {paragraph} was left out",
            vi: "đã bỏ một hình ảnh ở đoạn {paragraph}")
        case .citedInListLeftOut: MessageTexts(
            en: "the list of pages that cite this one (“Được trích dẫn tại”), a printed site's links, was left out",
            vi: "đã bỏ danh sách các trang trích dẫn trang này (“Được trích dẫn tại”), "
                + "vốn là liên kết của trang web được in ra")
        case .summaryRead: MessageTexts(
            en: "the paragraph set larger under the title read as the summary",
            vi: "đoạn chữ cỡ lớn hơn ngay dưới tiêu đề được hiểu là phần tóm tắt")
        case .shortFirstLineIsTitle: MessageTexts(
            en: "“{text}”, a short first line, read as the title",
            vi: "“{text}”, một dòng ngắn ở đầu văn bản, được hiểu là tiêu đề")
        case .loneFootnoteMarker: MessageTexts(
            en: "`{label}` alone on a line read as the marker of footnote {label}",
            vi: "`{label}` đứng riêng một dòng được hiểu là dấu của chú thích {label}")
        case .footnoteWithoutMarker: MessageTexts(
            en: "footnote {label} has no marker in the text: it is marked at the end of the paragraph before its body",
            vi: "chú thích {label} không có dấu chú thích trong văn bản: dấu được đặt ở cuối đoạn văn "
                + "ngay trước nội dung chú thích")
        case .tableGoesOn: MessageTexts(
            en: "the table goes on after a page break: its rows were joined to the table before",
            vi: "bảng tiếp tục sang trang sau: các hàng ở trang sau được nối vào bảng phía trước")
        case .runningLinesRemoved: MessageTexts(
            en: "running header or footer “{text}” removed {count} times",
            vi: "đã bỏ dòng đầu trang hoặc chân trang lặp lại “{text}” ({count} lần)")
        case .photoCaption: MessageTexts(
            en: "“{caption}” opens a paragraph and reads as a photo's caption: made a paragraph of its own",
            vi: "“{caption}” đứng đầu một đoạn và giống lời chú thích ảnh: đã tách thành đoạn riêng")
        case .capitalsLineIsHeading: MessageTexts(
            en: "“{text}”, a line in capitals, read as a heading",
            vi: "“{text}”, một dòng viết in hoa, được hiểu là tên mục")
        case .internalMarked: MessageTexts(
            en: "the document says “lưu hành nội bộ”: the page is marked `visibility: internal`, "
                + "so only the internal edition shows it",
            vi: "văn bản có ghi “lưu hành nội bộ”: trang được đánh dấu `visibility: internal`, "
                + "nên chỉ có trong bản lưu hành nội bộ")
        case .noTitle: MessageTexts(
            en: "the document states no title (no kind and subject line in its header): the title is its first words, "
                + "“{title}”; write the real title in the page's front matter",
            vi: "văn bản không ghi tiêu đề (phần đầu không có dòng tên loại văn bản và trích yếu): "
                + "tiêu đề tạm lấy mấy chữ đầu, “{title}”; hãy ghi tiêu đề thật vào phần thông tin đầu tệp của trang")
        case .issuerCodeSlipNoEntry: MessageTexts(
            en: "{symbol}: the registry has {entry} of the same kind, number and date, so no entry is written "
                + "(the issuer code is what differs)",
            vi: "{symbol}: danh mục văn bản đã có {entry} cùng loại văn bản, cùng số và ngày ban hành, "
                + "nên không ghi thêm trang văn bản (chỉ khác chữ viết tắt cơ quan ban hành)")
        case .citationsDisagree: MessageTexts(
            en: "{symbol}: the citations disagree on {fact} (“{first}” and “{other}”), so it is left out",
            vi: "{symbol}: các trích dẫn ghi {fact} khác nhau (“{first}” và “{other}”), nên để trống")
        case .theDate: MessageTexts(en: "the date", vi: "ngày ban hành")
        case .theKind: MessageTexts(en: "the kind", vi: "loại văn bản")
        case .theIssuingBody: MessageTexts(en: "the issuing body", vi: "cơ quan ban hành")
        case .readAsLine: MessageTexts(
            en: "{file}: read as {readAs}",
            vi: "{file}: đã đọc, dạng {readAs}")
        case .readAsLineOCR: MessageTexts(
            en: "{file}: read as {readAs} (OCR: check every word against the paper)",
            vi: "{file}: đã đọc, dạng {readAs} (nhận dạng chữ OCR: hãy đối chiếu từng chữ với bản giấy)")
        case .title: MessageTexts(en: "title", vi: "tiêu đề")
        case .recognised: MessageTexts(en: "recognised", vi: "đã nhận ra")
        case .notStated: MessageTexts(en: "not stated by the document (left out)", vi: "văn bản không ghi (để trống)")
        case .mended: MessageTexts(en: "mended", vi: "đã sửa")
        case .note: MessageTexts(en: "note", vi: "lưu ý")
        case .judgementCalls: MessageTexts(
            en: "judgement calls (check them)",
            vi: "những chỗ chibo tự phán đoán (hãy kiểm tra lại)")
        case .factStated: MessageTexts(
            en: "{name} {value}",
            vi: "`{name}`: {value}")
        case .factStatedAt: MessageTexts(
            en: "{name} {value} ({place})",
            vi: "`{name}`: {value} ({place})")
        case .factStatedFrom: MessageTexts(
            en: "{name} {value} (from “{source}”)",
            vi: "`{name}`: {value} (lấy từ “{source}”)")
        case .structure: MessageTexts(
            en: "structure: {headings} headings, {footnotes} footnotes, {tables} tables",
            vi: "cấu trúc: {headings} mục, {footnotes} chú thích, {tables} bảng")
        case .structureWithPageNumbers: MessageTexts(
            en: "structure: {headings} headings, {footnotes} footnotes, {tables} tables, {pageNumbers} page numbers removed",
            vi: "cấu trúc: {headings} mục, {footnotes} chú thích, {tables} bảng, đã bỏ {pageNumbers} số trang")
        case .atLine: MessageTexts(en: "line {line}", vi: "dòng {line}")
        case .atParagraph: MessageTexts(en: "paragraph {paragraph}", vi: "đoạn {paragraph}")
        case .atPageLine: MessageTexts(en: "page {page}, line {line}", vi: "trang {page}, dòng {line}")
        }
    }
}
