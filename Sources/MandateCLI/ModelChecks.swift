import MandateModel
import MandateReporting
import MandateRules

/// Loads and checks the models that arguments name, as `check` and `report` both do: folders expanded, each
/// model with `--config` or the `.mandate.yml` beside it, at `--at` or its own date; every file that cannot be
/// used becomes located problems of the run rather than stopping it.
enum ModelChecks {
    /// The run, the models checked (in the run's order), and the files named.
    static func run(_ arguments: [String], config: String?, at date: Day?, inputFormat: ModelFormat? = nil)
        -> (run: CheckRun, models: [Model], files: [String]) {
        var run = CheckRun(reports: [])
        var models: [Model] = []
        var shared: Configuration?
        if let config {
            do { shared = try ConfigurationLoader.load(file: config) } catch { run.problems += RunProblem.problems(error) }
        }
        let (files, empty) = ModelArguments.expand(arguments)
        run.problems += RunProblem.problems(LoadFailure(empty))
        guard config == nil || shared != nil else { return (run, models, files) }
        var nearby: [String: Configuration] = [:]
        for path in files {
            let model: Model
            var configuration = shared ?? .standard
            do { model = try ModelInput.load(path, format: inputFormat) } catch {
                run.problems += RunProblem.problems(error)
                continue
            }
            if shared == nil {
                do { configuration = try ConfigurationLoader.configuration(forModel: path, cache: &nearby) } catch {
                    run.problems += RunProblem.problems(error)
                    continue
                }
            }
            run.reports.append(Checker(configuration: configuration).check(model, at: EvaluationDate(given: date, model: model)))
            models.append(model)
        }
        return (run, models, files)
    }
}
