import MandateModel
import MandateRules

/// One way in for every command: the models that arguments name (a file; a folder, for every model file below
/// it; `-`, standard input; `REV:PATH`, a file at a git revision), each with its configuration (`config`, else
/// the `.mandate.yml` beside it). Every file that cannot be used becomes located problems rather than stopping
/// the others.
public struct ModelInputs: Sendable {
    /// The models that could be loaded, each with its configuration, in the order named.
    public let models: [(model: Model, configuration: Configuration)]
    /// The problems of the files (and configurations) that could not be used.
    public let problems: [RunProblem]
    /// The model files named, loaded or not.
    public let files: [String]
    /// Files found in folders that are not models (they declare no `mandate:`).
    public let skipped: [String]

    /// Loads what `arguments` name; `inputFormat` is the format of standard input; `registry` the rules each
    /// configuration may set and waive.
    public init(_ arguments: [String], config: String? = nil, inputFormat: ModelFormat? = nil, registry: RuleRegistry = .standard) {
        var problems: [RunProblem] = []
        var loaded: [(model: Model, configuration: Configuration)] = []
        var shared: Configuration?
        if let config {
            do { shared = try ConfigurationLoader.load(file: config, registry: registry) } catch { problems += RunProblem.problems(error) }
        }
        let (files, empty) = ModelArguments.expand(arguments)
        problems += RunProblem.problems(LoadFailure(empty))
        var skipped: [String] = []
        var named: [String] = []
        var nearby: [String: Configuration] = [:]
        for (path, inFolder) in files where config == nil || shared != nil {
            var configuration = shared ?? .standard
            let found: Model?
            do { found = try inFolder ? ModelLoader.load(fileInFolder: path) : ModelInput.load(path, format: inputFormat) } catch {
                named.append(path)
                problems += RunProblem.problems(error)
                continue
            }
            guard let model = found else {
                skipped.append(path)
                continue
            }
            named.append(path)
            if shared == nil {
                do { configuration = try ConfigurationLoader.configuration(forModel: path, registry: registry, cache: &nearby) } catch {
                    problems += RunProblem.problems(error)
                    continue
                }
            }
            loaded.append((model, configuration))
        }
        self.models = loaded
        self.problems = problems
        self.files = named
        self.skipped = skipped
    }

    /// Every model checked at `date` (else its own date, else today) with its configuration's checker.
    public func check(at date: Day?, registry: RuleRegistry = .standard) -> CheckRun {
        let reports = models.map { Checker(configuration: $0.configuration, registry: registry).check($0.model, at: EvaluationDate(given: date, model: $0.model)) }
        return CheckRun(reports: reports, problems: problems, skipped: skipped, registry: registry,
                        documentation: models.lazy.compactMap(\.configuration.documentation).first)
    }

    /// The one model a command that draws or exports takes, or the problems that stop it: those of the file,
    /// or a folder that holds more than one model.
    public func single() -> Result<Model, ModelInputsFailure> {
        guard problems.isEmpty else { return .failure(.problems(problems)) }
        guard models.count == 1 else { return .failure(.notOne(files)) }
        return .success(models[0].model)
    }
}
