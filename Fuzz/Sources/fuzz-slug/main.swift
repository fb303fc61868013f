import Foundation
import FuzzSupport
@testable import ChiboKit

/// Slugs and Vietnamese folding: `Slug.make` (heading anchors, directive
/// pages), `VietnameseText.fold`, `spelling(of:)`, `nfc`, `baseLetters`
/// and `DirectiveSymbol` on any text, invalid UTF-8 read as a file would
/// be (U+FFFD). Besides crashes it checks the slug rule of
/// content-model.md: only `[a-z0-9]` runs joined by single `-`, no `-` at
/// either end, and a slug is its own slug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : size), as: UTF8.self)
    let slug = Slug.make(text)
    if !slug.isEmpty {
        let utf8 = Array(slug.utf8)
        let allowed = utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D }
        if !allowed || utf8.first == 0x2D || utf8.last == 0x2D || slug.contains("--") {
            FuzzSupport.fail("`\(slug)` breaks the slug rule")
        }
    }
    if Slug.make(slug) != slug { FuzzSupport.fail("slug `\(slug)` is not its own slug") }
    let nfc = VietnameseText.nfc(text)
    if VietnameseText.isCertainlyNFC(text) && !nfc.unicodeScalars.elementsEqual(text.unicodeScalars) {
        FuzzSupport.fail("isCertainlyNFC said yes to text NFC changes")
    }
    if Slug.make(nfc) != slug { FuzzSupport.fail("NFC changes the slug: `\(Slug.make(nfc))` vs `\(slug)`") }
    _ = VietnameseText.fold(text)
    _ = VietnameseText.baseLetters(of: text)
    for word in text.split(whereSeparator: \.isWhitespace).prefix(64) {
        _ = VietnameseText.spelling(of: String(word))
    }
    _ = DirectiveSymbol(text)
    return 0
}

// Last, after every global above is set: libFuzzer takes over.
FuzzSupport.run(fuzz)
