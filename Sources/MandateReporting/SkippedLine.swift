/// The line that says which files in the folders named were passed by because they are not models.
package struct SkippedLine {
    package let files: [String]

    package init(files: [String]) {
        self.files = files
    }

    /// "2 files passed by, not models (no 'mandate:'): a.json, b.yml"
    package var text: String {
        let count = files.count == 1 ? "1 file" : "\(files.count) files"
        return "\(count) passed by, not models (no 'mandate:'): " + files.joined(separator: ", ")
    }
}
