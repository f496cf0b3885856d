/// Arrays sorted by path (the listing of `content/`, the sources and static files a load keeps):
/// where a path is, or would go.
enum PathOrder {
    /// The first index of `elements` whose path is not before `path`.
    static func index<Element>(of path: String, in elements: [Element], pathOf: (Element) -> String) -> Int {
        var (low, high) = (0, elements.count)
        while low < high {
            let middle = (low + high) / 2
            if pathOf(elements[middle]) < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Takes out the element at `path`, if there is one; true if there was.
    @discardableResult
    static func remove<Element>(_ path: String, from elements: inout [Element], pathOf: (Element) -> String) -> Bool {
        let index = index(of: path, in: elements, pathOf: pathOf)
        guard index < elements.count, pathOf(elements[index]) == path else { return false }
        elements.remove(at: index)
        return true
    }

    /// Puts `element` in at its place, or in place of the element at the same path.
    static func insert<Element>(_ element: Element, into elements: inout [Element], pathOf: (Element) -> String) {
        let path = pathOf(element)
        let index = index(of: path, in: elements, pathOf: pathOf)
        if index < elements.count, pathOf(elements[index]) == path {
            elements[index] = element
        } else {
            elements.insert(element, at: index)
        }
    }
}
