import Foundation
import MandateModel
import MandateRules

/// One way in for every command: the models that arguments name (a file; a folder, for every model file below
/// it; `-`, standard input; `REV:PATH`, a file at a git revision; `REV:DIR`, a workspace at a revision), each
/// with its configuration (`config`, else the `.mandate.yml` beside it). A file or folder inside a workspace
/// (below a `.mandate.yml` that says `workspace:`) brings the whole workspace, as one structure, and a check
/// shows the findings of what was named. Every file that cannot be used becomes located problems rather than
/// stopping the others.
public struct ModelInputs: Sendable {
    /// The models that could be loaded, each with its configuration and the paths (files or folders) whose
    /// findings a check shows: `nil` for all of them.
    public private(set) var models: [(model: Model, configuration: Configuration, shown: [String]?)] = []
    /// The problems of the files (and configurations) that could not be used.
    public private(set) var problems: [RunProblem] = []
    /// The model files named, loaded or not.
    public private(set) var files: [String] = []
    /// Files found in folders that are not models (they declare no `mandate:`).
    public private(set) var skipped: [String] = []

    /// Loads what `arguments` name; `inputFormat` is the format of standard input; `registry` the rules each
    /// configuration may set and waive.
    public init(_ arguments: [String], config: String? = nil, inputFormat: ModelFormat? = nil, registry: RuleRegistry = .standard) {
        var shared: Configuration?
        if let config {
            do { shared = try ConfigurationLoader.load(file: config, registry: registry) } catch {
                problems += RunProblem.problems(error)
                return
            }
        }
        var nearby: [String: Configuration] = [:]
        var workspaces: [String: Int] = [:]
        for argument in arguments {
            if argument != "-", ModelInput.isRevisionFolder(argument) {
                loadWorkspace(argument, named: nil, atRevision: true, shared: shared, registry: registry, known: &workspaces)
            } else if argument != "-", let root = WorkspaceFolder.root(of: argument) {
                let named = WorkspaceFolder.standard(argument) == WorkspaceFolder.standard(root) ? nil : WorkspaceFolder.standard(argument)
                loadWorkspace(root, named: named, atRevision: false, shared: shared, registry: registry, known: &workspaces)
            } else {
                let nested = loadFiles(argument, shared: shared, inputFormat: inputFormat, registry: registry, nearby: &nearby)
                for root in nested { loadWorkspace(root, named: nil, atRevision: false, shared: shared, registry: registry, known: &workspaces) }
            }
        }
    }

    /// Loads the workspace whose folder is `root` (`REV:DIR` at a revision), once however often it is named;
    /// `named` is the file or folder inside it whose findings a check shows, `nil` for all of them.
    private mutating func loadWorkspace(_ root: String, named: String?, atRevision: Bool, shared: Configuration?, registry: RuleRegistry,
                                        known: inout [String: Int]) {
        if let position = known[root] {
            models[position].shown = models[position].shown.flatMap { shown in named.map { shown + [$0] } }
            return
        }
        let load = atRevision ? RevisionWorkspace.load(root) : WorkspaceLoader.load(root: root)
        files += load.files
        skipped += load.skipped
        problems += RunProblem.problems(load)
        var configuration = shared ?? .standard
        if shared == nil, !atRevision {
            let file = (root as NSString).appendingPathComponent(WorkspaceFolder.markerFile)
            do { configuration = try ConfigurationLoader.load(file: file, registry: registry) } catch {
                problems += RunProblem.problems(error)
                return
            }
        }
        guard let model = load.model else { return }
        known[root] = models.count
        models.append((model, configuration, named.map { [$0] }))
    }

    /// Loads the models a file or a folder outside any workspace names, each on its own; returns the folders of
    /// the workspaces found below a folder.
    private mutating func loadFiles(_ argument: String, shared: Configuration?, inputFormat: ModelFormat?, registry: RuleRegistry,
                                    nearby: inout [String: Configuration]) -> [String] {
        let (found, empty, workspaces) = ModelArguments.expand([argument])
        problems += RunProblem.problems(LoadFailure(empty))
        for (path, inFolder) in found {
            var configuration = shared ?? .standard
            let model: Model?
            do { model = try inFolder ? ModelLoader.load(fileInFolder: path) : ModelInput.load(path, format: inputFormat) } catch {
                files.append(path)
                problems += RunProblem.problems(error)
                continue
            }
            guard let model else {
                skipped.append(path)
                continue
            }
            files.append(path)
            if shared == nil {
                do { configuration = try ConfigurationLoader.configuration(forModel: path, registry: registry, cache: &nearby) } catch {
                    problems += RunProblem.problems(error)
                    continue
                }
            }
            models.append((model, configuration, nil))
        }
        return workspaces
    }

    /// Every model checked at `date` (else its own date, else today) with its configuration's checker; a
    /// workspace named by one of its files or folders shows the findings in what was named.
    public func check(at date: Day?, registry: RuleRegistry = .standard) -> CheckRun {
        let reports = models.map { model, configuration, shown in
            let report = Checker(configuration: configuration, registry: registry).check(model, at: EvaluationDate(given: date, model: model))
            guard let shown else { return report }
            var isShown: [String: Bool] = [:]
            return report.keeping { finding in
                if let known = isShown[finding.location.file] { return known }
                let path = WorkspaceFolder.standard(finding.location.file)
                let answer = shown.contains { path == $0 || path.hasPrefix($0 + "/") }
                isShown[finding.location.file] = answer
                return answer
            }
        }
        return CheckRun(reports: reports, problems: problems, skipped: skipped, registry: registry,
                        documentation: models.lazy.compactMap(\.configuration.documentation).first)
    }

    /// The one model a command that draws or exports takes, or the problems that stop it: those of the file,
    /// or a folder that holds more than one model. A workspace is one model.
    public func single() -> Result<Model, ModelInputsFailure> {
        guard problems.isEmpty else { return .failure(.problems(problems)) }
        guard models.count == 1 else { return .failure(.notOne(files)) }
        return .success(models[0].model)
    }
}
