import Foundation
import MandateModel

/// `file://` URIs, as the protocol names documents, and the absolute paths the loader names files by.
enum DocumentURI {
    /// The absolute, standard path of a `file://` URI, percent-escapes decoded; `nil` for any other scheme.
    static func path(_ uri: String) -> String? {
        guard uri.hasPrefix("file://"), let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : WorkspaceFolder.standard(path)
    }

    /// The `file://` URI of an absolute path: every byte but letters, digits and `-._~/` percent-escaped.
    static func uri(_ path: String) -> String {
        var out = "file://"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
