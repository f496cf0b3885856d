import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` over all cores, keeping the order. For stages whose items are independent.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = Mutex<[T?]>(Array<T?>(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(self[index])
            results.withLock { $0[index] = value }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// `map` on `workers` threads, keeping the order: for work that waits on the file system
    /// rather than on the processor (creating files and folders), where more threads than
    /// cores keep the disk busy.
    public func blockingParallelMap<T: Sendable>(workers: Int, _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = Mutex<[T?]>(Array<T?>(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let items = self
        let queue = DispatchQueue(label: "sitegen.blocking-io", attributes: .concurrent)
        let group = DispatchGroup()
        for _ in 0..<Swift.min(workers, count) {
            queue.async(group: group) {
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < items.count else { return }
                    let value = transform(items[index])
                    results.withLock { $0[index] = value }
                }
            }
        }
        group.wait()
        return results.withLock { $0.compactMap { $0 } }
    }
}
