/// A document the editor has open: its text as the editor holds it, and the version it gave.
struct OpenDocument {
    let text: String
    let bytes: [UInt8]
    let version: Int?
    let lines: TextLines

    init(text: String, version: Int?) {
        self.text = text
        bytes = Array(text.utf8)
        self.version = version
        lines = TextLines(text)
    }
}
