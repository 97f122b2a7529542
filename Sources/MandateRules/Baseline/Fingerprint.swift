/// A short, stable fingerprint of a text: FNV-1a over its UTF-8 bytes, as 16 hexadecimal digits. The same
/// text gives the same fingerprint on every machine and in every run.
package enum Fingerprint {
    /// The fingerprint of `text`.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
