import CLibYAML

/// Reads YAML through libyaml's event parser into a ``SourceTree``, keeping every node's line and column.
///
/// Events go straight into the flat tree, with no intermediate document model; anchors are kept and
/// aliases share the anchored node. An alias may only name a node that is complete, so no node ever
/// contains itself.
enum YAMLReader {
    /// Reads `bytes` as one YAML document, or returns the diagnostic that stopped it: through the fast
    /// ``SubsetYAMLReader`` where the file stays in its subset, else through libyaml.
    static func read(_ bytes: [UInt8], file: String, maximumDepth: Int, readers: YAMLReading = .subsetFirst) -> Result<SourceTree, LoadFailure> {
        if readers == .subsetFirst, let tree = SubsetYAMLReader.read(bytes, file: file, maximumDepth: maximumDepth) { return .success(tree) }
        return bytes.withUnsafeBufferPointer { readWithLibYAML($0, file: file, maximumDepth: maximumDepth) }
    }

    /// Reads `bytes` through libyaml, for any YAML at all; ``SubsetYAMLReader`` must give the same tree where it reads one.
    static func readWithLibYAML(_ buffer: UnsafeBufferPointer<UInt8>, file: String, maximumDepth: Int) -> Result<SourceTree, LoadFailure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(LoadFailure([LoadDiagnostic(.syntax(problem: "the YAML parser could not start"),
                                           at: SourceLocation(file: file, line: 1, column: 1))]))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
        return parse(&parser, file: file, maximumDepth: maximumDepth)
    }

    private static func parse(_ parser: inout yaml_parser_t, file: String,
                              maximumDepth: Int) -> Result<SourceTree, LoadFailure> {
        var builder = SourceTreeBuilder(file: file, maximumDepth: maximumDepth,
                                        expectedBytes: parser.input.string.end - parser.input.string.start)
        var anchors: [String: Int] = [:]
        var openAnchors: [String?] = []
        var documents = 0
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(LoadFailure([parserFailure(parser, file: file)]))
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(builder.finish())
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(LoadFailure([LoadDiagnostic(.multipleDocuments, at: location(event.start_mark))]))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let isPlain: Bool
                switch YAMLTag(scalar.tag) {
                case .none: isPlain = scalar.plain_implicit != 0
                case .text: isPlain = false
                case .typed: isPlain = true
                case .unknown(let tag):
                    return .failure(LoadFailure([LoadDiagnostic(.unsupportedTag(tag: tag), at: location(event.start_mark))]))
                }
                let node = builder.scalar(UnsafeBufferPointer(start: scalar.value, count: scalar.length), isPlain: isPlain, line: line, column: column)
                if let anchor = scalar.anchor { anchors[String(cString: anchor)] = node }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                if case .unknown(let tag) = YAMLTag(isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag) {
                    return .failure(LoadFailure([LoadDiagnostic(.unsupportedTag(tag: tag), at: location(event.start_mark))]))
                }
                guard builder.begin(isSequence ? .sequence : .mapping, line: line, column: column) != nil else {
                    return .failure(LoadFailure([LoadDiagnostic(.nestingTooDeep(limit: maximumDepth), at: location(event.start_mark))]))
                }
                openAnchors.append(anchor.map { String(cString: $0) })
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                builder.end()
                if let anchor = openAnchors.popLast() ?? nil {
                    anchors[anchor] = builder.lastAttached
                }
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let node = anchors[name] else {
                    return .failure(LoadFailure([LoadDiagnostic(
                        .syntax(problem: "the alias '*\(name)' names no complete anchored node before it"),
                        at: location(event.start_mark))]))
                }
                builder.reuse(node)
            default:
                continue
            }
        }
    }

    private static func parserFailure(_ parser: yaml_parser_t, file: String) -> LoadDiagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be parsed"
        let mark = parser.problem_mark
        if parser.error == YAML_READER_ERROR {
            let (line, column) = position(ofByte: parser.problem_offset, in: parser)
            return LoadDiagnostic(.forbiddenCharacter(detail: problem), at: SourceLocation(file: file, line: line, column: column))
        }
        let input = parser.input.string
        if let start = input.start {
            let advice = IndentationAdvice(source: UnsafeBufferPointer(start: start, count: input.end - start))
            if let tab = advice.tab(on: mark.line + 1, orAbove: problem.contains("tab"), file: file) { return tab }
            if let mistake = advice.mistake(on: mark.line + 1, file: file) { return mistake }
        }
        var text = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            text = "\(problem) (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        return LoadDiagnostic(.syntax(problem: text),
                              at: SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1))
    }

    /// Line and column of a byte offset, for reader errors, whose mark libyaml leaves unset.
    private static func position(ofByte offset: Int, in parser: yaml_parser_t) -> (Int, Int) {
        let input = parser.input.string
        guard let start = input.start else { return (1, 1) }
        var line = 1
        var column = 1
        var index = 0
        while index < offset, start + index < input.end {
            let byte = start[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
