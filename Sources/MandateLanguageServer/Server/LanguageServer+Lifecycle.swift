import MandateModel
import MandateReporting

/// Starting and stopping: what the server can do, and asking to hear of files changed on disk.
extension LanguageServer {
    /// The answer to `initialize`: the server's capabilities.
    func initialize(_ params: JSONValue) -> JSONValue {
        isInitialized = true
        canWatchFiles = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
        return .object([
            ("capabilities", .object([
                ("positionEncoding", .string("utf-16")),
                // The whole text with each change: the simplest to keep right, and a model file is small enough.
                ("textDocumentSync", .object([("openClose", .bool(true)), ("change", .int(1)), ("save", .object([("includeText", .bool(false))]))])),
                ("definitionProvider", .bool(true)),
                ("referencesProvider", .bool(true)),
                ("hoverProvider", .bool(true)),
                ("documentSymbolProvider", .bool(true)),
                ("completionProvider", .object([("triggerCharacters", .array([.string("/"), .string(" ")]))])),
                ("renameProvider", .object([("prepareProvider", .bool(true))])),
                ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
            ])),
            ("serverInfo", .object([("name", .string("mandate")), ("version", .string(ToolVersion.current))])),
        ])
    }

    /// After `initialized`: asks the editor to report changes to model files and configurations on disk.
    func initialized() -> [JSONValue] {
        guard canWatchFiles else { return [] }
        let patterns = ["**/*.yaml", "**/*.yml", "**/*.json", "**/*.csv", "**/.mandate.yml"]
        let registration = JSONValue.object([
            ("id", .string("mandate-watched-files")),
            ("method", .string("workspace/didChangeWatchedFiles")),
            ("registerOptions", .object([("watchers", .array(patterns.map { .object([("globPattern", .string($0))]) }))])),
        ])
        return [outgoingRequest("client/registerCapability", .object([("registrations", .array([registration]))]))]
    }
}
