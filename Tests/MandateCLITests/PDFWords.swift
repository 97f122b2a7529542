import Foundation

/// The pages of a PDF and the words on them, with their boxes in points, as poppler's `pdftotext -bbox`
/// (Debian's poppler-utils) reads them back.
struct PDFWords {
    struct Word {
        let text: String
        let xMin, yMin, xMax, yMax: Double
    }

    struct Page {
        let width: Double
        let height: Double
        let words: [Word]

        /// The words in the order they are drawn, joined by spaces.
        var text: String { words.map(\.text).joined(separator: " ") }

        /// How much of the page the words' bounding box covers, from 0 to 1.
        var coverage: Double {
            guard let left = words.map(\.xMin).min(), let right = words.map(\.xMax).max(),
                  let top = words.map(\.yMin).min(), let bottom = words.map(\.yMax).max() else { return 0 }
            return (right - left) * (bottom - top) / (width * height)
        }
    }

    let pages: [Page]

    init(file: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-bbox", "-enc", "UTF-8", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pages: [Page] = []
        var current: (width: Double, height: Double, words: [Word])?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.contains("<page ") {
                if let current { pages.append(Page(width: current.width, height: current.height, words: current.words)) }
                current = (Self.attribute("width", in: line), Self.attribute("height", in: line), [])
            } else if line.contains("<word "), let open = line.range(of: "\">"), let close = line.range(of: "</word>") {
                let text = String(line[open.upperBound..<close.lowerBound])
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                current?.words.append(Word(text: text, xMin: Self.attribute("xMin", in: line), yMin: Self.attribute("yMin", in: line),
                                           xMax: Self.attribute("xMax", in: line), yMax: Self.attribute("yMax", in: line)))
            }
        }
        if let current { pages.append(Page(width: current.width, height: current.height, words: current.words)) }
        self.pages = pages
    }

    private static func attribute(_ name: String, in line: Substring) -> Double {
        guard let start = line.range(of: " \(name)=\"") else { return 0 }
        return Double(line[start.upperBound...].prefix { $0 != "\"" }) ?? 0
    }
}
