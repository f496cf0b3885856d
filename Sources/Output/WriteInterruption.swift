import Synchronization

/// Stops a build on SIGINT or SIGTERM without leaving a half-written staging folder behind.
///
/// The command line's signal handler calls `interrupt(by:)`. Outside writing, that ends the
/// process at once: nothing on disk is unfinished. While the writer works, it only raises a
/// flag; the writer stops at the next file, deletes its staging folder, releases its lock, and
/// then ends the process itself, so the previous output is left as it was.
public final class WriteInterruption: Sendable {
    private struct State {
        var writing = false
        var signal: Int32?
    }

    private let state = Mutex(State())
    private let endProcess: @Sendable (Int32) -> Void

    /// `endProcess` is given the signal number and must not return (`exit(128 + signal)`).
    public init(endProcess: @escaping @Sendable (Int32) -> Void) {
        self.endProcess = endProcess
    }

    public func interrupt(by signal: Int32) {
        let endNow = state.withLock { state in
            if state.signal == nil { state.signal = signal }
            return !state.writing
        }
        if endNow { endProcess(signal) }
    }

    var isInterrupted: Bool { state.withLock { $0.signal != nil } }

    /// Marks the start of writing; false when a signal came first.
    func beginWriting() -> Bool {
        state.withLock { state in
            guard state.signal == nil else { return false }
            state.writing = true
            return true
        }
    }

    /// Marks the end of writing, once the staging folder is gone; ends the process when a
    /// signal came meanwhile.
    func endWriting() {
        let signal = state.withLock { state in
            state.writing = false
            return state.signal
        }
        if let signal { endProcess(signal) }
    }
}
