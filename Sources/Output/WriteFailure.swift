#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One step of writing an output that failed, in words for the message: `writing
/// news/a/index.html: No space left on device`.
struct WriteFailure: Error, CustomStringConvertible {
    var step: String
    var code: Int32

    var description: String { "\(step): \(String(cString: strerror(code)))" }
}

/// A signal asked the build to stop.
struct WriteInterrupted: Error {}
