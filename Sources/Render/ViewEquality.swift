/// Compares two template views (the dictionaries, arrays, texts, numbers and flags that
/// `ViewModelBuilder` makes). Mustache output depends only on the view and the templates, so
/// a page whose view equals the one it had last time renders to the same bytes.
///
/// A value of any other type never compares equal: the page is rendered again, which is
/// slower but never wrong.
enum ViewEquality {
    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case let (left as String, right as String):
            return left == right
        case let (left as Bool, right as Bool):
            return left == right
        case let (left as Int, right as Int):
            return left == right
        case let (left as [String: Any], right as [String: Any]):
            guard left.count == right.count else { return false }
            for (key, value) in left {
                guard let other = right[key], equal(value, other) else { return false }
            }
            return true
        case let (left as [Any], right as [Any]):
            guard left.count == right.count else { return false }
            for index in left.indices where !equal(left[index], right[index]) { return false }
            return true
        default:
            return false
        }
    }
}
