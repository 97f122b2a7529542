import Foundation

/// Where the documentation of this copy of `mandate` is, for SARIF's links: beside an installed binary,
/// `PREFIX/share/doc/mandate/README.md` and `Rules.md` (`scripts/install` puts them there); in a package
/// checkout, its README and the rules' article.
enum Documentation {
    static let located: (readme: String, rules: String)? = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folder = executable.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/doc/mandate")
        var candidates = [(installed.appendingPathComponent("README.md"), installed.appendingPathComponent("Rules.md"))]
        var package = folder
        for _ in 0..<4 {
            package = package.deletingLastPathComponent()
            candidates.append((package.appendingPathComponent("README.md"), package.appendingPathComponent("Sources/MandateRules/MandateRules.docc/Rules.md")))
        }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.0.path) && FileManager.default.fileExists(atPath: $0.1.path) })
        else { return nil }
        return (found.0.standardizedFileURL.path, found.1.standardizedFileURL.path)
    }()
}
