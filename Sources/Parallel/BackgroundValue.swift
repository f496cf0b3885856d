import Foundation

/// A value worked out on another thread while the caller goes on with other work; `value`
/// waits for it. For a stage that needs only what is known before a longer one starts.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Written once, under `condition`.
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work()
            self.condition.lock()
            self.result = value
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// The value, once worked out.
    public var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}
