#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Output

/// SIGINT (Ctrl-C) and SIGTERM during `sitegen build`: the build stops, deletes its unfinished
/// staging folder, and exits with 128 + the signal's number (130, 143), as a shell reports a
/// program a signal stopped. The previous output is left as it was.
enum InterruptSignals {
    static let handled = [SIGINT, SIGTERM]

    /// Routes the signals to a new `WriteInterruption` until `stop` is called.
    static func install() -> (interruption: WriteInterruption, stop: () -> Void) {
        let interruption = WriteInterruption { signal in exit(128 + signal) }
        let sources = handled.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interruption.interrupt(by: number) }
            source.resume()
            return source
        }
        return (interruption, {
            for source in sources { source.cancel() }
            for number in handled { signal(number, SIG_DFL) }
        })
    }
}
