import Foundation

/// A document's text as `chibo import` reads it from the bytes of a text
/// file copied out of Word or a PDF: in UTF-8 (with or without a BOM),
/// UTF-16 with a BOM, or an old Vietnamese encoding saved in an 8-bit code
/// page (TCVN3, VNI, Windows-1258), which is decoded only when the words
/// say which one it is, never guessed. On the way in the text is made NFC
/// and the damage copying leaves is mended (PDF look-alike letters,
/// no-break spaces, soft hyphens, zero-width characters), each repair
/// counted for the import's report.
struct ImportedText: Equatable {
    enum Encoding: String, Equatable {
        case utf8 = "UTF-8", utf16 = "UTF-16", tcvn3 = "TCVN3", vni = "VNI", cp1258 = "Windows-1258"
    }

    /// What was mended, and how many times.
    enum Repair: String, CaseIterable, Equatable {
        case legacyWords = "words decoded from a legacy encoding"
        case nfc = "lines made NFC"
        case lookAlikeLetters = "PDF look-alike letters (Ƣ ƣ, Ð ð)"
        case noBreakSpaces = "no-break and typographic spaces"
        case invisibleCharacters = "soft hyphens and zero-width characters"

        /// `3 lines made NFC`, as the import's report says it.
        func counted(_ count: Int) -> Message {
            let entry: ImportMessages = switch self {
            case .legacyWords: .repairedLegacyWords
            case .nfc: .repairedNFC
            case .lookAlikeLetters: .repairedLookAlikeLetters
            case .noBreakSpaces: .repairedNoBreakSpaces
            case .invisibleCharacters: .repairedInvisibleCharacters
            }
            return Message(entry, ["count": count])
        }
    }

    var text: String
    var encoding: Encoding
    var repairs: [Repair: Int] = [:]

    /// The largest file read; a larger one is refused, not read in part.
    static let byteLimit = 64 << 20

    enum Problem: Error, Equatable {
        case empty
        /// NUL bytes: an image, a Word or PDF file named `.txt`.
        case binary
        case tooLarge(bytes: Int)
        /// Not UTF-8, and its words read as no legacy encoding for certain.
        case unknownEncoding

        /// For the editor, in plain words, with what to do.
        var message: Message {
            switch self {
            case .empty: Message(ImportMessages.emptyFile)
            case .binary: Message(ImportMessages.binaryFile)
            case .tooLarge(let bytes): Message(ImportMessages.textFileTooLarge, ["size": bytes >> 20, "limit": ImportedText.byteLimit >> 20])
            case .unknownEncoding: Message(ImportMessages.unknownEncoding)
            }
        }
    }

    static func read(_ bytes: [UInt8]) throws(Problem) -> ImportedText {
        guard bytes.count <= byteLimit else { throw .tooLarge(bytes: bytes.count) }
        var imported: ImportedText
        var isEightBit = false
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian) else {
                throw .unknownEncoding
            }
            imported = ImportedText(text: text, encoding: .utf16)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            guard !body.prefix(8192).contains(0) else { throw .binary }
            if let text = String(validating: body, as: UTF8.self) {
                imported = ImportedText(text: text, encoding: .utf8)
            } else {
                // An 8-bit file: TCVN3 and VNI fonts and Windows-1258 give
                // each byte the Latin-1 character of its value. Which of
                // them it is, the words decide below.
                imported = ImportedText(text: String(String.UnicodeScalarView(body.map(Self.eightBitScalar))), encoding: .utf8)
                isEightBit = true
            }
        }
        imported.text = imported.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard imported.text.contains(where: { !$0.isWhitespace }) else { throw .empty }
        // Legacy text pasted into a Unicode file is decoded too, by the same rule.
        let kind = imported.decodeLegacyLines(wholeFile: isEightBit)
        if isEightBit {
            guard let kind else { throw .unknownEncoding }
            imported.encoding = Encoding(kind)
        }
        imported.mend()
        return imported
    }

    /// A byte of an 8-bit file as the Latin-1 scalar the legacy tables are
    /// keyed by; 0x80–0x9F, where no legacy encoding puts a letter, are the
    /// Windows punctuation Word saves there (quotes, dashes, `…`).
    static func eightBitScalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let windows: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(windows[Int(byte) - 0x80])!
    }

    /// TCVN3 has no capitals with tones: a title in capitals is typed with
    /// the small letters' bytes in a capitals font (`.VnTimeH`), which a text
    /// file does not keep. A word whose other letters are capitals, among
    /// words in capitals, is such a word: its decoded letters are capitals too
    /// (`CHØ THÞ` is `CHỈ THỊ`, `Sù CÇN` is `SỰ CẦN`).
    static func inCapitalsWhereWritten(_ line: String, kind: LegacyEncoding.Kind) -> String {
        guard kind == .tcvn3 else { return line }
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        func asciiLetters(_ word: Substring) -> [Unicode.Scalar] {
            word.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
        }
        func isCapitals(_ word: Substring) -> Bool {
            let letters = asciiLetters(word)
            return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
        }
        // A line all in such words, or a run of three or more of them with
        // three written in two capitals or more: `TP Hå` (TP Hồ) and `VP, Vô
        // CS§` (VP, Vụ CSĐ) are no title, `Sù CÇN THIÕT Vµ C¥ Së` is.
        let letterWords = words.filter { !asciiLetters($0).isEmpty }.count
        var out = words.map(String.init)
        var start = 0
        while start < words.count {
            guard isCapitals(words[start]) else { start += 1; continue }
            var end = start
            while end < words.count, isCapitals(words[end]) { end += 1 }
            let long = words[start..<end].filter { asciiLetters($0).count >= 2 }.count
            let run = end - start
            if (run >= 3 && long >= 3) || (run == letterWords && long >= 1) {
                for index in start..<end { out[index] = words[index].uppercased() }
            }
            start = end
        }
        return capitalisingWhatTCVN3CannotWrite(out)
    }

    /// The capitals with tones TCVN3 cannot write in a text file come out
    /// small: a sentence's first letter (`Ñy ban` at a line's start, or
    /// after `. `) is given its capital back, and so is the first letter of
    /// a body's name official writing always capitalises (`thuộc ủy ban
    /// nhân dân` is `thuộc Ủy ban nhân dân`; TCVN3 does write `Đ`, `Ă`, `Â`,
    /// `Ê`, `Ô`, `Ơ`, `Ư`, so `đảng ủy` is as typed). Elsewhere a lost capital
    /// cannot be told from a small letter, and stays small.
    private static func capitalisingWhatTCVN3CannotWrite(_ words: [String]) -> String {
        var out = words
        var sentenceStart = true
        for index in out.indices {
            let word = out[index]
            if let first = word.unicodeScalars.first, !first.isASCII, first.properties.isLowercase,
               sentenceStart || (!"ăâêôơưđ".unicodeScalars.contains(first) && BodyCasing.beginsBodyName(words[index...])) {
                out[index] = BodyCasing.capitalised(word)
            }
            if word.contains(where: \.isLetter) || word.contains(where: \.isNumber) {
                sentenceStart = word.last.map { ".!?".contains($0) } ?? false
            }
        }
        return out.joined(separator: " ")
    }

    /// Decodes the lines that read as the encoding the whole text's words
    /// read as, when they do certainly (a line that holds only Unicode
    /// Vietnamese stays as it is); returns that encoding.
    /// `wholeFile`: the file is 8-bit, so every line of it is in the legacy
    /// encoding (none can be Unicode), however few words a line has.
    private mutating func decodeLegacyLines(wholeFile: Bool) -> LegacyEncoding.Kind? {
        guard TextScreen(text).mayHoldLegacyText else { return nil }
        // Each line as a run, which is how a text file's blocks begin.
        let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var run = TextRun()
            run.append(line.unicodeScalars, at: SourceLocation(line: 1, column: 1))
            return run
        }
        let readings = BlockReading.readings(of: runs)
        guard let kind = BlockReading.commonKind(of: readings, minimum: TextEncodingChecker.pageWords) else { return nil }
        var decodedWords = 0
        text = zip(runs, readings).map { run, lineReadings in
            let reading = lineReadings[kind]
            guard !reading.changes.isEmpty, wholeFile || reading.evidence.isLegacyOnLegacyPage else { return String(String.UnicodeScalarView(run.scalars)) }
            decodedWords += reading.evidence.forWords + reading.evidence.bothWays
            return Self.inCapitalsWhereWritten(reading.decoded(run), kind: LegacyEncoding.Kind.allCases[kind])
        }.joined(separator: "\n")
        if decodedWords > 0 { repairs[.legacyWords, default: 0] += decodedWords }
        return LegacyEncoding.Kind.allCases[kind]
    }

    /// NFC, look-alike letters, odd spaces and invisible characters.
    private mutating func mend() {
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Self.mended(String($0), counting: &repairs) }
            .joined(separator: "\n")
    }

    /// One line or paragraph made NFC, its look-alike letters, odd spaces
    /// and invisible characters mended, each repair counted: what every
    /// reader (text, Word, PDF) does to the text it hands over.
    static func mended(_ line: String, counting repairs: inout [Repair: Int]) -> String {
        let nfc = VietnameseText.nfc(line)
        if !nfc.unicodeScalars.elementsEqual(line.unicodeScalars) { repairs[.nfc, default: 0] += 1 }
        var out = String.UnicodeScalarView()
        let scalars = Array(nfc.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            // The Latin Eth (`Ð ð`, below U+0100) stands for `Đ đ` only in a Vietnamese word.
            let isEth = PDFLookAlikes.meant[scalar.value] != nil && scalar.value < 0x100
            guard let plain = LookAlikeRepair.plainForm[scalar.value], !isEth || isInVietnameseWord(scalars, at: index) else {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: plain.unicodeScalars)
            let repair: Repair = plain.isEmpty ? .invisibleCharacters : plain == " " ? .noBreakSpaces : .lookAlikeLetters
            repairs[repair, default: 0] += 1
        }
        return String(out)
    }

    /// An Eth is `Đ` only in a word Vietnamese for another reason too (a
    /// letter only Vietnamese has): Icelandic writes it (`Guðrún`).
    private static func isInVietnameseWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var start = index, end = index + 1
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        return scalars[start..<end].contains { LegacyEncoding.isUnicodeOnlyLetter($0.value) }
    }
}

private extension ImportedText.Encoding {
    init(_ kind: LegacyEncoding.Kind) {
        switch kind {
        case .tcvn3: self = .tcvn3
        case .vni: self = .vni
        case .cp1258: self = .cp1258
        }
    }
}
