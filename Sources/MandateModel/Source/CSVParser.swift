/// Splits CSV (RFC 4180: fields separated by commas, or by semicolons as spreadsheets in a Danish locale
/// save them; a field in double quotes may hold separators, line breaks and doubled quotes; LF or CRLF line ends; a UTF-8 byte-order mark is skipped) into rows of located
/// fields, and reports every malformed field rather than stopping at the first.
struct CSVParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var columns = ColumnCounter()
    /// Texts of quoted fields that held doubled quotes, unescaped.
    private(set) var decoded: [UInt8] = []
    private(set) var diagnostics: [LoadDiagnostic] = []
    /// The byte between fields.
    let separator: UInt8

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        separator = Self.separator(of: bytes)
    }

    /// `;` where the first line, outside quotes, has more semicolons than commas; else `,`.
    private static func separator(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Every row with at least one character; blank lines are passed over.
    mutating func rows() -> [[CSVCell]] {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        var rows: [[CSVCell]] = []
        while index < bytes.count {
            if endLine() { continue }
            var row: [CSVCell] = []
            while true {
                guard let cell = field() else { return rows }
                row.append(cell)
                if index < bytes.count, bytes[index] == separator {
                    index += 1
                    continue
                }
                _ = endLine()
                break
            }
            rows.append(row)
        }
        return rows
    }

    /// One field, up to the comma or line end after it; `nil` after a quote that never closes.
    private mutating func field() -> CSVCell? {
        let startLine = line
        let startColumn = column
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            let start = index
            while index < bytes.count, !isFieldEnd(index) {
                if bytes[index] == UInt8(ascii: "\"") {
                    report("a double quote inside a field that does not start with one",
                           hint: "put the whole field in double quotes and double each quote inside it: \"say \"\"yes\"\"\"")
                }
                index += 1
            }
            return CSVCell(range: start..<index, isDecoded: false, line: startLine, column: startColumn, isQuoted: false)
        }
        let opening = location
        index += 1
        let start = index
        var text: [UInt8]?
        while true {
            guard index < bytes.count else {
                diagnostics.append(LoadDiagnostic(.csvSyntax(problem: "a quoted field is never closed",
                                                             hint: "end the field with a double quote; write a quote inside it as two"),
                                                  at: opening))
                return nil
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    if text == nil { text = Array(bytes[start..<index]) }
                    text?.append(byte)
                    index += 2
                    continue
                }
                break
            }
            text?.append(byte)
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let end = index
        index += 1
        if index < bytes.count, !isFieldEnd(index) {
            report("text after the closing quote of a field", hint: "end the field at its closing quote, or double the quote if it belongs to the text")
            while index < bytes.count, !isFieldEnd(index) { index += 1 }
        }
        guard let text else {
            return CSVCell(range: start..<end, isDecoded: false, line: startLine, column: startColumn, isQuoted: true)
        }
        let decodedStart = decoded.count
        decoded.append(contentsOf: text)
        return CSVCell(range: decodedStart..<decoded.count, isDecoded: true, line: startLine, column: startColumn, isQuoted: true)
    }

    private func isFieldEnd(_ position: Int) -> Bool {
        let byte = bytes[position]
        return byte == separator || byte == 0x0A || byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A
    }

    /// Passes an LF or CRLF line end, if one is here.
    private mutating func endLine() -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 1
        } else if bytes[index] != 0x0A {
            return false
        }
        index += 1
        line += 1
        lineStart = index
        return true
    }

    /// The current column in characters, from 1.
    private var column: Int {
        mutating get { columns.column(of: index, lineStart: lineStart, in: bytes) + 1 }
    }

    private var location: SourceLocation {
        mutating get { SourceLocation(file: file, line: line, column: column) }
    }

    private mutating func report(_ problem: String, hint: String) {
        diagnostics.append(LoadDiagnostic(.csvSyntax(problem: problem, hint: hint), at: location))
    }
}
