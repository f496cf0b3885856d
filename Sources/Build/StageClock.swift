import Dispatch

/// Measures stages one after the other.
struct StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []

    mutating func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }

    /// Adds a stage that began at `start` (`DispatchTime.now().uptimeNanoseconds`) and ends now.
    mutating func record(_ stage: String, since start: UInt64) {
        timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
    }
}
