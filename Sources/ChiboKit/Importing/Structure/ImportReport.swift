/// What an import recognised, mended and decided, for the editor to check
/// against the original: every judgement call names the line it was made on.
struct ImportReport: Equatable {
    /// How the file was read ("UTF-8 text", "Word (.docx)", …).
    /// Empty until the structure stage copies the reader's.
    var readAs = Message(verbatim: "")
    var isOCR = false
    var headings = 0
    var footnotes = 0
    var tables = 0
    var pageNumbersRemoved = 0
    var repairs: [ImportedText.Repair: Int] = [:]
    var calls: [JudgementCall] = []
    var notes: [SourceNote] = []

    struct JudgementCall: Equatable {
        var place: SourcePlace?
        var message: Message
    }

    mutating func decide(_ message: Message, at place: SourcePlace?) {
        calls.append(JudgementCall(place: place, message: message))
    }
}
