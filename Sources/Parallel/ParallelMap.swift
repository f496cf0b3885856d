import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` over all cores, keeping the order. For stages whose items are independent.
    ///
    /// The items are split into a few runs per core; each run writes its results straight
    /// into its own slots of the result, so there is no lock and no copy afterwards (a stage
    /// maps thousands of small items, the entries of a large bibliography).
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let runs = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in (count * run / runs)..<(count * (run + 1) / runs) {
                    (slots.base + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}

/// The result's storage, written by many threads, each to slots of its own.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
