/// A URL that a tag of a page points to: `<a href>`, `<img src>`, one candidate of a `srcset`.
public struct PageReference: Sendable, Hashable {
    /// The tag's name, lowercased: `a`, `img`, `link`.
    public var tag: String
    public var attribute: String
    /// The attribute's value with its character references decoded and its ends trimmed.
    public var url: String
    /// The tag's `rel`, for a `<link>` (`canonical`, `stylesheet`).
    public var relation: String?
    public var place: PageScan.Place

    public init(tag: String, attribute: String, url: String, relation: String?, place: PageScan.Place) {
        self.tag = tag
        self.attribute = attribute
        self.url = url
        self.relation = relation
        self.place = place
    }

    /// Whether a reader goes to it by following it: the links that make a page reachable.
    public var isNavigation: Bool { tag == "a" || tag == "area" }

    /// What it names, in a message: "link", "image", "stylesheet".
    public var noun: String {
        switch (tag, attribute) {
        case ("a", _), ("area", _): "link"
        case ("img", _), ("source", "srcset"), ("video", "poster"): "image"
        case ("link", _) where relation?.split(separator: " ").contains("stylesheet") == true: "stylesheet"
        case ("link", _): "link"
        case ("script", _): "script"
        default: "file"
        }
    }
}
