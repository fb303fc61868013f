/// The patterns `chibo import` reads lines by, compiled once: a regex
/// literal written inside a function is parsed again at every call, which
/// made the patterns most of an import's time.
enum ImportPatterns {
    nonisolated(unsafe) static let listItem = /^[-+•–]\s+\S/
    nonisolated(unsafe) static let digits = /\d+/
    nonisolated(unsafe) static let inlineTag = /<\/?(?i:i|b|em|strong|u|span|sup|sub)>/
    nonisolated(unsafe) static let listMark = /^[-+•–]\s/
    nonisolated(unsafe) static let superscriptFootnote = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(\S.*)$/
    nonisolated(unsafe) static let numberedFootnote = /^(\d{1,3})\s+(\S.*)$/
    nonisolated(unsafe) static let symbolLine = /^(?i:số|so)\s*:?\s*(\S+)\s*$/
    nonisolated(unsafe) static let partNumber = /^((?i:phần|chương|mục)\s+(?:thứ\s+[\p{L}]+|[IVXLC]+|\d{1,2})[.:]?)(?:\s+(.*))?$/
    nonisolated(unsafe) static let articleNumber = /^((?i:điều)\s+\d{1,3}[a-z]?\.?)(?:\s+(.*))?$/
    nonisolated(unsafe) static let romanNumber = /^([IVXLC]{1,6}[.\/-])\s+(\S.*)$/
    nonisolated(unsafe) static let dottedNumber = /^(\d{1,2}(?:\.\d{1,2}){1,3})(\.?)\s+(\S.*)$/
    nonisolated(unsafe) static let decimalNumber = /^(\d{1,2}[.)])\s+(\S.*)$/
    nonisolated(unsafe) static let letterNumber = /^([a-zđ]\))\s+(\S.*)$/
    nonisolated(unsafe) static let sentenceBreak = /[\p{L}\d)”][.!?]\s+\p{Lu}/
    nonisolated(unsafe) static let boldPair = /\*\*(\S(?:[^*]*?\S)?)\*\*/
    nonisolated(unsafe) static let footnoteMarker = /\x{E000}[^\x{E001}]*\x{E001}/
    nonisolated(unsafe) static let onBehalfOf = /^(?i:t\/m|tm\.?|thay mặt)\s+(.+)$/
    nonisolated(unsafe) static let rowNumber = /^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})\.?$/
    nonisolated(unsafe) static let headerDate = /(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4})\s*$/
    nonisolated(unsafe) static let annexLabel = /^(?i:biểu|phụ lục|phụ biểu|mẫu|bảng)(?:\s+(?i:số))?\s*\S{1,6}$/
    nonisolated(unsafe) static let openingFormula = /(?:^|[,;]\s+)((?:Ban|Bộ|Ủy ban|Uỷ ban|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Văn phòng|Chính phủ|Hội đồng|Sở)(?:\s+[^\s,;:.]+){0,7}?)\s+(?:đã\s+)?(?:hướng dẫn|đánh giá|báo cáo|quy định|quyết định|ban hành|thông báo|đề nghị|yêu cầu|kết luận|tổng kết|sơ kết|xây dựng|chỉ thị)\s[^.;]*như sau\s*:/
    nonisolated(unsafe) static let slashDate = /(\d{1,2})\/(\d{1,2})\/(\d{4})/
    /// The end of a photo caption's first sentence: the place shown or the
    /// credit in brackets, `(thành phố Bắc Giang).` / `(Ảnh: TTXVN)`.
    nonisolated(unsafe) static let captionEnd = /^[^.!?()]+\((?:(?i:ảnh)\s*:?|(?i:thành phố|tỉnh|huyện|quận|thị xã|thị trấn|xã|phường)\s)[^()]*\)\.?(?=\s)/
    nonisolated(unsafe) static let photoCredit = /\((?i:ảnh)\b/
    nonisolated(unsafe) static let returningFootnote = /^(\d{1,3})\.\s+(\S.*)$/
}
