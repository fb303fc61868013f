import Foundation

/// The slug rule of content-model.md, used for heading anchors, directive
/// pages and anything else that must become a URL-safe name:
/// NFC, `đ`/`Đ` → `d`, other diacritics stripped, lower-case, every run of
/// characters outside `[a-z0-9]` → `-`, `-` trimmed at both ends.
///
/// `50-CT/TW` → `50-ct-tw`, `03-ĐA/TU` → `03-da-tu`, `Mục tiêu cụ thể` → `muc-tieu-cu-the`.
public enum Slug {
    public static func make(_ text: String) -> String {
        // A slug is ASCII: built as bytes, one String at the end.
        var out: [UInt8] = []
        var pendingDash = false
        for scalar in VietnameseText.baseLetters(of: text) {
            let v = scalar.value
            let ascii: UInt8?
            switch v {
            case 0x30...0x39, 0x61...0x7A: ascii = UInt8(v)
            case 0x41...0x5A: ascii = UInt8(v + 0x20)
            default: ascii = nil
            }
            if let ascii {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(ascii)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
