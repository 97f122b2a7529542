/// A workspace read at a git revision (`REV:DIR`): the folder's files as git has them, in one git process.
public enum RevisionWorkspace {
    /// Loads the workspace whose folder is `object` (`REV:DIR`); its `.mandate.yml` there gives its title.
    public static func load(_ argument: String) -> WorkspaceLoad {
        let object = ModelInput.gitObject(argument)
        let colon = object.firstIndex(of: ":")!
        let revision = String(object[..<colon])
        let folder = String(object[object.index(after: colon)...]).trimmingSuffix("/")
        let prefix = folder.isEmpty ? "\(revision):" : "\(revision):\(folder)/"
        let listed = (try? Git.run(["ls-tree", "-r", "--name-only", prefix]).get()) ?? []
        let paths = String(decoding: listed, as: UTF8.self).split(separator: "\n").map(String.init).filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return !path.split(separator: "/").contains { $0.hasPrefix(".") } && !name.hasSuffix(".schema.json")
                && ModelFormat(path: path) != nil
        }.sorted()
        let contents = Git.contents(of: paths.map { prefix + $0 } + [prefix + WorkspaceFolder.markerFile])
        let sources = zip(paths, contents).map { path, bytes in
            WorkspaceLoader.Source(file: prefix + path, path: path, bytes: bytes.map { .success($0) } ?? .failure(LoadFailure([
                LoadDiagnostic(.unreadableFile(reason: "git has no '\(prefix + path)'"), at: SourceLocation(file: prefix + path, line: 1, column: 1)),
            ])))
        }
        let settings = contents.last.flatMap { $0 }.flatMap { WorkspaceSettings(configuration: $0, file: prefix + WorkspaceFolder.markerFile) }
        return WorkspaceLoader.load(root: argument, sources: sources, title: settings?.title)
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) && count > suffix.count ? String(dropLast(suffix.count)) : self
    }
}
