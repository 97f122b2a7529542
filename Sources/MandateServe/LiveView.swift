import Foundation
import MandateDiff
import MandateHTML
import MandateModel
import MandateReporting
import MandateRules

/// The structure a live view shows, followed on disk: its files are looked at every few hundred milliseconds, and
/// when one is saved, added or removed the structure is loaded and checked again and every listener is told. The
/// page is written when it is first asked for after a change, and kept until the next.
actor LiveView {
    /// How often the files are looked at.
    static let interval = Duration.milliseconds(200)

    private let structure: LoadedStructure
    private let language: ModelLanguage?
    private let date: Day?
    private var stamps: FileStamps
    /// How many times the structure changed since the view started: the version the page and the events name.
    private(set) var generation = 0
    private var page: (generation: Int, html: String)?
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0
    private var isClosed = false

    /// A view of the model file or workspace at `path` (absolute), in `language` (else the models'), at `date` (else
    /// the model's date, else today).
    init(path: String, language: ModelLanguage?, date: Day?) {
        let structure = LoadedStructure(LoadedStructure.Scope(of: path), date: date)
        stamps = FileStamps(of: structure.scope)
        structure.refresh()
        self.structure = structure
        self.language = language
        self.date = date
    }

    /// Looks at the files; when one changed, loads and checks the structure again, tells every listener, and says so.
    @discardableResult
    func poll() -> Bool {
        let now = FileStamps(of: structure.scope)
        let changed = now.changed(since: stamps)
        guard !changed.isEmpty else { return false }
        stamps = now
        for path in changed { structure.readFromDisk(path) }
        structure.refresh()
        generation += 1
        page = nil
        for listener in listeners.values { listener.yield(generation) }
        return true
    }

    /// Sends every listener the current version again: a reader that went away is noticed when the write fails.
    func remind() {
        for listener in listeners.values { listener.yield(generation) }
    }

    /// The versions of the structure from now on, the current one first; ends when the view closes.
    func changes() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(generation)
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        return stream
    }

    private func forget(_ listener: Int) {
        listeners[listener] = nil
    }

    /// Ends every event stream: the server is stopping.
    func close() {
        isClosed = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    /// The report page of the structure as it is now; while the last save does not load, the structure as it last
    /// loaded, marked as stale, with the errors.
    func reportPage() throws -> String {
        if let page, page.generation == generation { return page.html }
        let problems = structure.problems
        let live = LiveState(generation: generation, problems: problems, isStale: structure.model == nil)
        let html: String
        if let model = structure.lastGoodModel {
            let checker = Checker(configuration: structure.configuration)
            // The check of the last refresh where the files load; the last structure that loaded, checked again, where not.
            let report = structure.model == nil || structure.report == nil ? checker.check(model, at: EvaluationDate(given: date, model: model)) : structure.report!
            let run = CheckRun(reports: [report], problems: problems)
            html = try ModelReport(models: [model], run: run, language: language ?? model.language ?? .en,
                                   timelines: [TimelineChecker(checker: checker).timeline(of: model)]).html(live: live)
        } else {
            html = try ModelReport(models: [], run: CheckRun(reports: [], problems: problems), language: language ?? .en).html(live: live)
        }
        page = (generation, html)
        return html
    }

    /// The change page between the structure at a git revision and the files now; `against` is checked first.
    func changePage(against revision: String, gitPath: String) throws -> String {
        guard let now = structure.model else {
            throw RequestRules.Refusal(status: 409, reason: "the files do not load now: correct them, then compare")
        }
        let inputs = ModelInputs(["\(revision):\(gitPath)"])
        let before: Model
        switch inputs.single() {
        case .success(let model): before = model
        case .failure(let failure): throw RequestRules.Refusal(status: 400, reason: failure.description)
        }
        let report = Differ(checker: Checker(configuration: structure.configuration))
            .compare(before, now, beforeDate: EvaluationDate(given: date, model: before).day, afterDate: EvaluationDate(given: date, model: now).day)
        return try ChangeReport(report: report, language: language ?? now.language ?? .en).html()
    }
}
