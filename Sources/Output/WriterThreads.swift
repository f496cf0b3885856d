import Dispatch
import Foundation
import Synchronization

/// Threads of their own that run file writes put in a bounded queue. Not GCD's pool: the
/// rendering threads that put writes are GCD's, and while they wait for room in the queue GCD
/// was slow to start threads for the writes they wait on (a 100-page build stood still for a
/// second). The bound keeps pages waiting to be written few, so memory stays flat.
final class WriterThreads: Sendable {
    private let jobs = Mutex<[(@Sendable () -> Void)?]>([])
    private let waiting = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private let finished = DispatchSemaphore(value: 0)
    private let ended = Mutex(false)
    private let count: Int

    init(count: Int, queueLength: Int) {
        self.count = count
        room = DispatchSemaphore(value: queueLength)
        for _ in 0..<count {
            Thread { [self] in
                while true {
                    waiting.wait()
                    let job = jobs.withLock { $0.removeFirst() }
                    guard let job else { break }
                    job()
                    room.signal()
                }
                finished.signal()
            }.start()
        }
    }

    /// Queues `job`; waits while the queue is full.
    func run(_ job: @escaping @Sendable () -> Void) {
        room.wait()
        jobs.withLock { $0.append(job) }
        waiting.signal()
    }

    /// Runs what is queued, then ends the threads; returns at once when they have ended.
    /// No `run` may follow.
    func finish() {
        guard !ended.withLock({ ended in defer { ended = true }; return ended }) else { return }
        jobs.withLock { $0 += Array(repeating: nil, count: count) }
        for _ in 0..<count { waiting.signal() }
        for _ in 0..<count { finished.wait() }
    }
}
