/// Reads a CSV export of bodies, one per row, into the same ``SourceTree`` a YAML model file gives, so
/// that one decoder checks both and every message points at the row and column of the field.
///
/// The header names the columns: `id`, then any key of a body (`name`, `kind`, `reportsTo`, `chair`,
/// `organisation`, …), with `validFrom` and `validUntil` for `valid`, in any case (dated `changes` need YAML or JSON). A list key holds its ids
/// separated by `;` (by `,` in a file whose fields are separated by `;`). `TRUE`, `FALSE`, and the Danish
/// `SAND` and `FALSK` that spreadsheets write, are read as `true` and `false`. Empty fields are left out. Organisations, roles and units are declared by naming them: every
/// id under `organisation` is an organisation (of kind `other`), every id under `chair`, `coChairs` and
/// `members` a role, and every id under `secretariat` that is not an organisation a unit. The model's id
/// is the file's name.
enum CSVReader {
    /// The columns every CSV model needs.
    static let requiredColumns = ["id", "name", "kind"]

    /// Reads `bytes` as a CSV model named after `file`, or returns every problem with the header and rows.
    static func read(_ bytes: [UInt8], file: String) -> Result<SourceTree, LoadFailure> {
        let (rows, decoded, syntaxErrors, separator) = bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(bytes: buffer, file: file)
            let rows = parser.rows()
            return (rows, parser.decoded, parser.diagnostics, parser.separator)
        }
        var diagnostics = syntaxErrors
        guard let header = rows.first else {
            return .failure(LoadFailure(diagnostics + [LoadDiagnostic(.csvMissingColumn(name: "id"), at: SourceLocation(file: file, line: 1, column: 1))]))
        }
        func text(_ cell: CSVCell) -> String {
            String(decoding: (cell.isDecoded ? decoded : bytes)[cell.range], as: UTF8.self)
        }
        func location(_ cell: CSVCell) -> SourceLocation { SourceLocation(file: file, line: cell.line, column: cell.column) }

        // The header: each column a known key, once.
        let allowed = ["id"] + ModelSchema.body.keyNames.filter { $0 != "valid" && $0 != "changes" } + ["validFrom", "validUntil"]
        var columns: [String] = []
        var firstCell: [String: CSVCell] = [:]
        // Spreadsheets capitalise headers (`ID`, `Name`): a column is matched without regard to case.
        let canonical = Dictionary(allowed.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for cell in header {
            let name = canonical[text(cell).lowercased()] ?? text(cell)
            columns.append(name)
            if !allowed.contains(name) {
                diagnostics.append(LoadDiagnostic(.csvUnknownColumn(name: name, suggestion: Suggestion.closest(to: name, in: allowed), allowed: allowed),
                                                  at: location(cell)))
            } else if let first = firstCell[name] {
                diagnostics.append(LoadDiagnostic(.csvDuplicateColumn(name: name, first: location(first)), at: location(cell)))
            } else {
                firstCell[name] = cell
            }
        }
        for name in requiredColumns where firstCell[name] == nil {
            diagnostics.append(LoadDiagnostic(.csvMissingColumn(name: name), at: SourceLocation(file: file, line: header.first?.line ?? 1, column: 1)))
        }
        // The rows: one field per column, and the required ones filled.
        let required = requiredColumns.compactMap { name in columns.firstIndex(of: name).map { (name, $0) } }
        for row in rows.dropFirst() {
            guard row.count == columns.count else {
                diagnostics.append(LoadDiagnostic(.csvFieldCount(found: row.count, expected: columns.count), at: location(row[0])))
                continue
            }
            for (name, position) in required where row[position].isEmpty {
                diagnostics.append(LoadDiagnostic(.csvEmptyCell(column: name), at: location(row[position])))
            }
        }
        guard diagnostics.isEmpty else { return .failure(LoadFailure(diagnostics)) }

        var writer = CSVTreeWriter(file: file, source: bytes, decoded: decoded, columns: columns,
                                   listSeparator: separator == UInt8(ascii: ";") ? UInt8(ascii: ",") : UInt8(ascii: ";"))
        return .success(writer.tree(rows: Array(rows.dropFirst())))
    }
}
