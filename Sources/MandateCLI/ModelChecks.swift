import MandateModel
import MandateReporting
import MandateRules

/// Loads and checks the models that arguments name, as `check` and `report` both do: folders expanded, each
/// model with `--config` or the `.mandate.yml` beside it, at `--at` or its own date; every file that cannot be
/// used becomes located problems of the run rather than stopping it.
enum ModelChecks {
    /// The run, the models checked with their configurations (in the run's order), and the files named.
    static func run(_ arguments: [String], config: String?, at date: Day?, inputFormat: ModelFormat? = nil)
        -> (run: CheckRun, models: [(model: Model, configuration: Configuration)], files: [String]) {
        let (loaded, problems, files, skipped) = load(arguments, config: config, inputFormat: inputFormat)
        let reports = loaded.map { Checker(configuration: $0.configuration).check($0.model, at: EvaluationDate(given: date, model: $0.model)) }
        return (CheckRun(reports: reports, problems: problems, skipped: skipped), loaded, files)
    }

    /// Each model that could be loaded with its configuration, the problems of those that could not, the model
    /// files named, and the files found in folders that are not models.
    static func load(_ arguments: [String], config: String?, inputFormat: ModelFormat? = nil)
        -> (loaded: [(model: Model, configuration: Configuration)], problems: [RunProblem], files: [String], skipped: [String]) {
        var problems: [RunProblem] = []
        var loaded: [(model: Model, configuration: Configuration)] = []
        var shared: Configuration?
        if let config {
            do { shared = try ConfigurationLoader.load(file: config) } catch { problems += RunProblem.problems(error) }
        }
        let (files, empty) = ModelArguments.expand(arguments)
        problems += RunProblem.problems(LoadFailure(empty))
        var skipped: [String] = []
        var models: [String] = []
        guard config == nil || shared != nil else { return (loaded, problems, files.map(\.path), skipped) }
        var nearby: [String: Configuration] = [:]
        for (path, inFolder) in files {
            var configuration = shared ?? .standard
            let found: Model?
            do { found = try inFolder ? ModelLoader.load(fileInFolder: path) : ModelInput.load(path, format: inputFormat) } catch {
                models.append(path)
                problems += RunProblem.problems(error)
                continue
            }
            guard let model = found else {
                skipped.append(path)
                continue
            }
            models.append(path)
            if shared == nil {
                do { configuration = try ConfigurationLoader.configuration(forModel: path, cache: &nearby) } catch {
                    problems += RunProblem.problems(error)
                    continue
                }
            }
            loaded.append((model, configuration))
        }
        return (loaded, problems, models, skipped)
    }
}
