/// A word of a command chibo prints for the editor to copy and run, quoted
/// so that a POSIX shell reads it back unchanged.
public enum ShellWord {
    /// Bare when it holds only characters no shell treats specially (or
    /// unless `always`), else in double quotes with `"`, `\`, `$` and `` ` ``
    /// escaped.
    public static func quoted(_ word: String, always: Bool = false) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_/.,:+=@%".unicodeScalars.contains(scalar))
        }
        if plain && !always { return word }
        var quoted = "\""
        for character in word {
            if "\"\\$`".contains(character) { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
