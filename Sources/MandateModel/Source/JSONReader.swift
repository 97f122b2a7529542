/// Reads JSON (RFC 8259) into a ``SourceTree`` with every node's line and column.
///
/// The reader is iterative, so deep nesting costs heap, not stack, and stops at the depth limit.
/// Strings become quoted scalars; numbers, `true`, `false` and `null` become plain scalars, as in YAML.
struct JSONReader {
    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var columns = ColumnCounter()
    private var builder: SourceTreeBuilder

    private struct Failure: Error {
        let diagnostic: LoadDiagnostic
    }

    /// Reads `bytes` as one JSON value, or returns the diagnostic that stopped it.
    static func read(_ bytes: [UInt8], file: String, maximumDepth: Int) -> Result<SourceTree, LoadFailure> {
        var reader = JSONReader(bytes: bytes, file: file, maximumDepth: maximumDepth)
        do {
            try reader.parseDocument()
            return .success(reader.builder.finish())
        } catch {
            return .failure(LoadFailure([error.diagnostic]))
        }
    }

    private init(bytes: [UInt8], file: String, maximumDepth: Int) {
        self.bytes = bytes
        self.file = file
        builder = SourceTreeBuilder(file: file, maximumDepth: maximumDepth)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    private enum Container { case array, object }

    private mutating func parseDocument() throws(Failure) {
        var stack: [Container] = []
        skipWhitespace()
        try parseValueStart(&stack)
        while !stack.isEmpty {
            skipWhitespace()
            guard index < bytes.count else { throw failure("the file ends inside \(stack.last == .array ? "a list" : "an object")") }
            let byte = bytes[index]
            switch (stack.last!, byte) {
            case (.array, UInt8(ascii: ",")), (.object, UInt8(ascii: ",")):
                index += 1
                skipWhitespace()
                if stack.last == .object { try parseKey() }
                try parseValueStart(&stack)
            case (.array, UInt8(ascii: "]")), (.object, UInt8(ascii: "}")):
                index += 1
                stack.removeLast()
                builder.end()
            default:
                throw failure("expected ',' or '\(stack.last == .array ? "]" : "}")', found \(describe(byte))")
            }
        }
        skipWhitespace()
        if index < bytes.count { throw failure("unexpected \(describe(bytes[index])) after the end of the document") }
    }

    /// Parses a scalar, or opens a container (and its first key or closing bracket).
    private mutating func parseValueStart(_ stack: inout [Container]) throws(Failure) {
        while true {
            guard index < bytes.count else { throw failure("the file ends where a value was expected") }
            let (line, column) = position()
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[index] == UInt8(ascii: "{")
                guard builder.begin(isObject ? .mapping : .sequence, line: line, column: column) != nil else {
                    throw Failure(diagnostic: LoadDiagnostic(.nestingTooDeep(limit: builder.maximumDepth),
                                                             at: SourceLocation(file: file, line: line, column: column)))
                }
                index += 1
                stack.append(isObject ? .object : .array)
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: isObject ? "}" : "]") {
                    index += 1
                    stack.removeLast()
                    builder.end()
                    return
                }
                if isObject { try parseKey() }
            case UInt8(ascii: "\""):
                addScalar(try parseString(), isPlain: false, line: line, column: column)
                return
            default:
                addScalar(try parseLiteral(), isPlain: true, line: line, column: column)
                return
            }
        }
    }

    private mutating func addScalar(_ text: String, isPlain: Bool, line: Int, column: Int) {
        var text = text
        text.withUTF8 { _ = builder.scalar($0, isPlain: isPlain, line: line, column: column) }
    }

    private mutating func parseKey() throws(Failure) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw failure("expected a key in double quotes, found \(index < bytes.count ? describe(bytes[index]) : "the end of the file")")
        }
        let (line, column) = position()
        addScalar(try parseString(), isPlain: false, line: line, column: column)
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
        index += 1
        skipWhitespace()
    }

    private mutating func parseLiteral() throws(Failure) -> String {
        let start = index
        while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard text == "true" || text == "false" || text == "null" || Self.isNumber(bytes[start..<index]) else {
            index = start
            throw failure(text.isEmpty ? "expected a value, found \(describe(bytes[start]))" : "'\(text.prefix(40))' is not a JSON value")
        }
        return text
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1
        var scalars = [UInt8]()
        var segmentStart = index
        while true {
            guard index < bytes.count else { throw failure("the file ends inside a string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: bytes[segmentStart..<index])
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte < 0x20 { throw failure("a control character (\(describe(byte))) inside a string; write it as an escape") }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: bytes[segmentStart..<index])
                try appendEscape(to: &scalars)
                segmentStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func appendEscape(to output: inout [UInt8]) throws(Failure) {
        index += 1
        guard index < bytes.count else { throw failure("the file ends inside an escape") }
        let simple: [UInt8: UInt8] = [UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
                                      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
                                      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
        if let value = simple[bytes[index]] {
            output.append(value)
            index += 1
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else {
            throw failure("unknown escape \\\(Character(Unicode.Scalar(bytes[index]))); JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u")
        }
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw failure("a lone high surrogate in a \\u escape")
            }
            index += 1
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("a high surrogate not followed by a low one") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw failure("a lone low surrogate in a \\u escape")
        }
        output.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        index += 1
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Self.hexValue(byte) else { throw failure("a \\u escape needs four hex digits") }
            value = value * 16 + digit
        }
        index += 4
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    /// The current line and column (in characters, from 1).
    private mutating func position() -> (Int, Int) {
        let (index, lineStart) = (index, lineStart)
        let column = bytes.withUnsafeBufferPointer { columns.column(of: index, lineStart: lineStart, in: $0) }
        return (line, column + 1)
    }

    private mutating func failure(_ problem: String) -> Failure {
        let (line, column) = position()
        return Failure(diagnostic: LoadDiagnostic(.syntax(problem: problem), at: SourceLocation(file: file, line: line, column: column)))
    }

    private func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: " "), UInt8(ascii: "\t"),
             UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "{"):
            true
        default:
            false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private static func isNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var i = text.startIndex
        func digits() -> Int {
            let start = i
            while i < text.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[i]) { i += 1 }
            return i - start
        }
        if i < text.endIndex, text[i] == UInt8(ascii: "-") { i += 1 }
        let integerStart = i
        let integerDigits = digits()
        guard integerDigits > 0, !(integerDigits > 1 && text[integerStart] == UInt8(ascii: "0")) else { return false }
        if i < text.endIndex, text[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < text.endIndex, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            if i < text.endIndex, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == text.endIndex
    }
}
