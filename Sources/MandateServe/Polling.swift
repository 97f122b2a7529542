import ServiceLifecycle

/// The service that looks at the files every ``LiveView/interval`` until the server stops, and then ends every event
/// stream, so that the server's graceful shutdown does not wait on them.
struct Polling: Service {
    let view: LiveView

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: LiveView.interval)
                await view.poll()
            }
        }
        await view.close()
    }
}
