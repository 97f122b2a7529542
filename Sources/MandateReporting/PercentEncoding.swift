/// Percent-encoding for URIs: ASCII letters and digits and the characters given kept, every other byte of
/// the UTF-8 as `%XX`.
package enum PercentEncoding {
    package static func encode(_ text: String, keeping kept: String = "-._~") -> String {
        var output = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII, character.isLetter || character.isNumber || kept.contains(character) {
                output.append(character)
            } else {
                output += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return output
    }
}
