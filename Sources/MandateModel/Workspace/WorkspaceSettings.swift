/// What a workspace's `.mandate.yml` says of the workspace: `workspace: true`, or `workspace:` and a title
/// for its reports and diagrams.
public struct WorkspaceSettings: Hashable, Sendable {
    /// The workspace's title, if `workspace:` gives one.
    public let title: String?

    /// The settings in a configuration file's bytes; `nil` where it declares no workspace (or `workspace: false`)
    /// or does not read. The rules' configuration reader reports its errors.
    public init?(configuration bytes: [UInt8], file: String) {
        guard let tree = try? ModelLoader.parse(contents: bytes, file: file, format: .yaml), let root = tree.root,
              tree.kind(of: root) == .mapping,
              let value = tree.pairs(of: root).first(where: { tree.kind(of: $0.key) == .scalar && tree.textEquals($0.key, "workspace") })?.value,
              tree.kind(of: value) == .scalar, !tree.isNull(value) else { return nil }
        let text = tree.text(of: value)
        guard !(tree.isPlain(value) && text == "false") else { return nil }
        title = tree.isPlain(value) && text == "true" ? nil : text
    }
}
