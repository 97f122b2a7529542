import Foundation

/// Joins the one-page PDFs that Graphviz's cairo plugin writes into one document, each page set top-centred
/// on its paper. libgvc finishes its PDF surface after one graph, so a document of several sheets is put
/// together here: every object is kept, renumbered, and each document's page tree hangs under a new root.
/// The documents' creation dates are dropped with their information dictionaries, so the same sheets always
/// give the same bytes.
enum PDFPages {
    /// One object of a document: its number and its text after `N 0 obj`, up to and without `endobj`.
    private struct Object {
        let number: Int
        let body: ArraySlice<UInt8>
    }

    /// The documents as one, page `i` on `papers[i]` (or on its own size where that is `nil`).
    static func join(_ documents: [[UInt8]], papers: [PageSize?]) throws(RenderError) -> [UInt8] {
        var output = Array("%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n".unicodeScalars.map { UInt8($0.value) })
        var offsets: [Int] = [0, 0]
        var objects: [(number: Int, bytes: [UInt8])] = []
        var kids: [Int] = []
        var pageCount = 0
        var next = 3
        for (index, document) in documents.enumerated() {
            guard let parsed = parse(document) else { throw .render(format: "pdf", messages: ["sheet \(index + 1) is not a PDF that can be joined"]) }
            let catalog = parsed.objects.first { $0.number == parsed.root }
            guard let catalog, let pagesNumber = reference(after: "/Pages", in: catalog.body),
                  let pages = parsed.objects.first(where: { $0.number == pagesNumber }) else {
                throw .render(format: "pdf", messages: ["sheet \(index + 1) has no page tree"])
            }
            var numbers: [Int: Int] = [:]
            let kept = parsed.objects.filter { $0.number != parsed.root && $0.number != parsed.info }
            for object in kept {
                numbers[object.number] = next
                next += 1
            }
            kids.append(numbers[pagesNumber]!)
            pageCount += integer(after: "/Count", in: pages.body) ?? 1
            for object in kept {
                var bytes = renumber(object.body, numbers)
                if object.number == pagesNumber { bytes = insert(" /Parent 2 0 R", afterFirst: "<<", in: bytes) }
                if let box = mediaBox(in: bytes), index < papers.count, let paper = papers[index] {
                    bytes = replaceMediaBox(in: bytes, with: placed(box, on: paper))
                }
                objects.append((numbers[object.number]!, bytes))
            }
        }
        func append(_ number: Int, _ bytes: [UInt8]) {
            if number < offsets.count { offsets[number] = output.count } else { offsets.append(output.count) }
            output += Array("\(number) 0 obj\n".utf8) + bytes + Array("\nendobj\n".utf8)
        }
        append(1, Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        append(2, Array("<< /Type /Pages /Kids [ \(kids.map { "\($0) 0 R" }.joined(separator: " ")) ] /Count \(pageCount) >>".utf8))
        for object in objects.sorted(by: { $0.number < $1.number }) { append(object.number, object.bytes) }
        let table = output.count
        var xref = "xref\n0 \(offsets.count)\n0000000000 65535 f \n"
        for offset in offsets.dropFirst() { xref += String(repeating: "0", count: max(0, 10 - String(offset).count)) + "\(offset) 00000 n \n" }
        xref += "trailer\n<< /Size \(offsets.count) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return output + Array(xref.utf8)
    }

    // MARK: Reading

    /// The objects of a document with a classic cross-reference table, and its catalog and information numbers.
    private static func parse(_ data: [UInt8]) -> (objects: [Object], root: Int, info: Int?)? {
        guard let start = lastIndex(of: "startxref", in: data), let table = integer(at: start + 9, in: data),
              table < data.count, data[table...].starts(with: Array("xref".utf8)),
              let trailer = firstIndex(of: "trailer", in: data, from: table) else { return nil }
        var positions: [(number: Int, offset: Int)] = []
        let fields = String(decoding: data[(table + 4)..<trailer], as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
        var field = 0
        while field + 1 < fields.count, let first = Int(fields[field]), let count = Int(fields[field + 1]) {
            field += 2
            for number in first..<first + count {
                guard field + 2 < fields.count, let offset = Int(fields[field]) else { return nil }
                if fields[field + 2] == "n" { positions.append((number, offset)) }
                field += 3
            }
        }
        let trailerText = data[trailer...]
        guard let root = reference(after: "/Root", in: trailerText) else { return nil }
        let info = reference(after: "/Info", in: trailerText)
        positions.sort { $0.offset < $1.offset }
        var objects: [Object] = []
        for (index, position) in positions.enumerated() {
            let end = index + 1 < positions.count ? positions[index + 1].offset : table
            guard position.offset < end, end <= data.count, let header = firstIndex(of: "obj", in: data, from: position.offset),
                  let close = lastIndex(of: "endobj", in: Array(data[position.offset..<end])) else { return nil }
            objects.append(Object(number: position.number, body: data[(header + 3)..<(position.offset + close)]))
        }
        return (objects, root, info)
    }

    private static func firstIndex(of text: String, in data: [UInt8], from start: Int) -> Int? {
        let needle = Array(text.utf8)
        guard data.count >= needle.count, start <= data.count - needle.count else { return nil }
        return (start...(data.count - needle.count)).first { data[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    private static func lastIndex(of text: String, in data: [UInt8]) -> Int? {
        let needle = Array(text.utf8)
        guard data.count >= needle.count else { return nil }
        return stride(from: data.count - needle.count, through: 0, by: -1).first { data[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    private static func integer(at start: Int, in data: [UInt8]) -> Int? {
        let digits = data[start...].drop { $0 == 32 || $0 == 10 || $0 == 13 }.prefix { (48...57).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The first `N` of `key N 0 R` in `text`.
    private static func reference(after key: String, in text: ArraySlice<UInt8>) -> Int? {
        integer(after: key, in: text)
    }

    private static func integer(after key: String, in text: ArraySlice<UInt8>) -> Int? {
        let data = Array(text)
        guard let found = firstIndex(of: key, in: data, from: 0) else { return nil }
        return integer(at: found + key.utf8.count, in: data)
    }

    // MARK: Rewriting

    /// `body` with every `N 0 R` outside strings and comments renumbered, up to the `stream` keyword; the
    /// stream's bytes are copied as they are.
    private static func renumber(_ body: ArraySlice<UInt8>, _ numbers: [Int: Int]) -> [UInt8] {
        let data = Array(body)
        var out: [UInt8] = []
        var index = 0
        func isDelimiter(_ byte: UInt8) -> Bool { " \n\r\t/[]<>()%".utf8.contains(byte) }
        while index < data.count {
            let byte = data[index]
            if byte == UInt8(ascii: "(") {
                var depth = 0
                repeat {
                    if data[index] == UInt8(ascii: "\\") { out.append(data[index]); index += 1 }
                    else if data[index] == UInt8(ascii: "(") { depth += 1 }
                    else if data[index] == UInt8(ascii: ")") { depth -= 1 }
                    if index < data.count { out.append(data[index]); index += 1 }
                } while depth > 0 && index < data.count
                continue
            }
            if byte == UInt8(ascii: "%") {
                while index < data.count, data[index] != 10, data[index] != 13 { out.append(data[index]); index += 1 }
                continue
            }
            if data[index...].starts(with: Array("stream".utf8)), index == 0 || isDelimiter(data[index - 1]) {
                out += data[index...]
                break
            }
            if (48...57).contains(byte), index == 0 || isDelimiter(data[index - 1]),
               let (number, end) = referenceNumber(in: data, at: index), let renumbered = numbers[number] {
                out += Array(String(renumbered).utf8)
                out += data[(index + String(number).utf8.count)..<end]
                index = end
                continue
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    /// When `data` at `start` reads `N G R` followed by a delimiter: `N` and the index just past `R`.
    private static func referenceNumber(in data: [UInt8], at start: Int) -> (Int, Int)? {
        var index = start
        func digits() -> Int? {
            let begin = index
            while index < data.count, (48...57).contains(data[index]) { index += 1 }
            return index > begin ? Int(String(decoding: data[begin..<index], as: UTF8.self)) : nil
        }
        func spaces() -> Bool {
            let begin = index
            while index < data.count, data[index] == 32 || data[index] == 10 || data[index] == 13 { index += 1 }
            return index > begin
        }
        guard let number = digits(), spaces(), digits() != nil, spaces(), index < data.count, data[index] == UInt8(ascii: "R") else { return nil }
        index += 1
        guard index == data.count || " \n\r\t/[]<>".utf8.contains(data[index]) else { return nil }
        return (number, index)
    }

    private static func insert(_ text: String, afterFirst marker: String, in bytes: [UInt8]) -> [UInt8] {
        guard let found = firstIndex(of: marker, in: bytes, from: 0) else { return bytes }
        let end = found + marker.utf8.count
        return Array(bytes[..<end]) + Array(text.utf8) + Array(bytes[end...])
    }

    private static func mediaBox(in bytes: [UInt8]) -> (range: Range<Int>, box: [Double])? {
        guard let found = firstIndex(of: "/MediaBox", in: bytes, from: 0),
              let open = bytes[found...].firstIndex(of: UInt8(ascii: "[")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let numbers = String(decoding: bytes[(open + 1)..<close], as: UTF8.self).split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (found..<(close + 1), numbers) : nil
    }

    private static func replaceMediaBox(in bytes: [UInt8], with box: [Double]) -> [UInt8] {
        guard let (range, _) = mediaBox(in: bytes) else { return bytes }
        let text = "/MediaBox [ " + box.map { String(format: "%.2f", $0) }.joined(separator: " ") + " ]"
        return Array(bytes[..<range.lowerBound]) + Array(text.utf8) + Array(bytes[range.upperBound...])
    }

    /// A page of `paper` with the drawing `box` at its top, centred, inside the paper's margin.
    private static func placed(_ box: (range: Range<Int>, box: [Double]), on paper: PageSize) -> [Double] {
        let margin = SheetOptions.margin
        let width = box.box[2] - box.box[0]
        let height = box.box[3] - box.box[1]
        let side = max(margin, (paper.width - width) / 2)
        let below = max(margin, paper.height - height - margin)
        return [box.box[0] - side, box.box[1] - below, box.box[2] + side, box.box[3] + margin]
    }
}
