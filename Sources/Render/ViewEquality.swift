/// Compares two template views (the dictionaries, arrays, texts, numbers and flags that
/// `ViewModelBuilder` makes). Mustache output depends only on the view and the templates, so
/// a page whose view equals the one it had last time renders to the same bytes.
///
/// Other values (optionals, say) are compared through casts; a value of a type not handled
/// here never compares equal: the page is rendered again, which is slower but never wrong.
enum ViewEquality {
    private static let stringType = ObjectIdentifier(String.self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let intType = ObjectIdentifier(Int.self)
    private static let mappingType = ObjectIdentifier([String: Any].self)
    private static let listType = ObjectIdentifier([Any].self)
    private static let mappingListType = ObjectIdentifier([[String: Any]].self)
    private static let stringListType = ObjectIdentifier([String].self)

    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        // Dispatching on the exact type first avoids `as?` trying every cast (and bridging)
        // on each of the tens of thousands of values a large site's views hold.
        let type = ObjectIdentifier(Swift.type(of: lhs))
        guard type == ObjectIdentifier(Swift.type(of: rhs)) else { return castingEqual(lhs, rhs) }
        switch type {
        case stringType:
            return (lhs as? String) == (rhs as? String)
        case boolType:
            return (lhs as? Bool) == (rhs as? Bool)
        case intType:
            return (lhs as? Int) == (rhs as? Int)
        case stringListType:
            return (lhs as? [String]) == (rhs as? [String])
        case mappingType:
            guard let left = lhs as? [String: Any], let right = rhs as? [String: Any] else { return false }
            return equal(left, right)
        case listType:
            guard let left = lhs as? [Any], let right = rhs as? [Any] else { return false }
            return equal(left, right)
        case mappingListType:
            guard let left = lhs as? [[String: Any]], let right = rhs as? [[String: Any]], left.count == right.count else { return false }
            if sameStorage(left, right) { return true }
            for index in left.indices where !equal(left[index], right[index]) { return false }
            return true
        default:
            return castingEqual(lhs, rhs)
        }
    }

    /// The slow path: whatever casts unwrap (an optional holding a text, say).
    private static func castingEqual(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case let (left as String, right as String): return left == right
        case let (left as Bool, right as Bool): return left == right
        case let (left as Int, right as Int): return left == right
        case let (left as [String: Any], right as [String: Any]): return equal(left, right)
        case let (left as [Any], right as [Any]): return equal(left, right)
        default: return false
        }
    }

    /// Whether two collections share their storage (copies of one value), and so are equal
    /// without looking inside: page summaries reused from the previous build are.
    static func sameStorage<T>(_ left: T, _ right: T) -> Bool {
        withUnsafeBytes(of: left) { leftBytes in withUnsafeBytes(of: right) { leftBytes.elementsEqual($0) } }
    }

    static func equal(_ left: [String: Any], _ right: [String: Any]) -> Bool {
        if sameStorage(left, right) { return true }
        guard left.count == right.count else { return false }
        for (key, value) in left {
            guard let other = right[key], equal(value, other) else { return false }
        }
        return true
    }

    private static func equal(_ left: [Any], _ right: [Any]) -> Bool {
        if sameStorage(left, right) { return true }
        guard left.count == right.count else { return false }
        for index in left.indices where !equal(left[index], right[index]) { return false }
        return true
    }
}
