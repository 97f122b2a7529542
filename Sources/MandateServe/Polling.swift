import ServiceLifecycle

/// The service that looks at the files every ``LiveView/interval`` until the server stops, and then ends every event
/// stream, so that the server's graceful shutdown does not wait on them. Every 15 seconds the event streams are
/// sent the current version again, so that a reader who went away is noticed.
struct Polling: Service {
    let view: LiveView

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var ticks = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: LiveView.interval)
                await view.poll()
                ticks += 1
                if ticks % 75 == 0 { await view.remind() }
            }
        }
        await view.close()
    }
}
