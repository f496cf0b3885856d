import YAML

/// How the site lists and shows publications: `site.yml`'s `publications:` mapping, `max_authors`,
/// `coauthors` and `bibliography`.
public struct PublicationSettings: Sendable, Hashable {
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        case year
        case type
        case typeThenYear = "type,year"
    }

    /// How author names are shown.
    public enum NameStyle: String, Sendable, Hashable, CaseIterable {
        /// `Ada Quinlan`, `Jean-Pierre de la Fontaine Jr.`
        case firstLast = "first-last"
        /// `Quinlan, Ada`
        case lastFirst = "last-first"
        /// `A. Quinlan`, `J.-P. de la Fontaine`
        case initialsLast = "initials-last"
    }

    public var groupBy: Grouping
    /// The order of type groups; types not named follow in the default order.
    public var typeOrder: [Publication.Kind]
    public var nameStyle: NameStyle
    /// Author lists longer than this are cut, with the rest behind "and N more"; nil shows all.
    public var maxAuthors: Int?
    /// Co-authors' pages: a name (matched as owner names are) and its URL.
    public var coauthors: [LabeledLink]
    /// More `.bib` files, relative to the site folder, besides `content/publications.bib` and
    /// `content/publications/*.bib`, each with where `site.yml` names it: where an error about
    /// the file (missing, outside the site) points.
    public var bibliography: [PlacedPath]

    public init() {
        groupBy = .year
        typeOrder = Publication.Kind.allCases
        nameStyle = .firstLast
        maxAuthors = nil
        coauthors = []
        bibliography = []
    }
}

extension PublicationSettings {
    /// Reads `publications: {group_by, type_order, name_style}`, `max_authors`, `coauthors` and
    /// `bibliography` from `site.yml`'s top level.
    static func decode(_ reader: inout YAMLObjectReader) -> PublicationSettings {
        let decoder = reader.decoder
        var settings = PublicationSettings()
        if let node = reader.node("publications"), var section = decoder.object(node, describing: "'publications'") {
            if let groupNode = section.node("group_by"), let value = String(yaml: groupNode, decoder: decoder) {
                let normalized = value.replacingOccurrences(of: " ", with: "")
                if let grouping = Grouping(rawValue: normalized) {
                    settings.groupBy = grouping
                } else {
                    decoder.error("unknown group_by '\(value)'; expected one of: year, type, type,year", at: groupNode)
                }
            }
            if let orderNode = section.node("type_order"), let names = [String](yaml: orderNode, decoder: decoder) {
                var order: [Publication.Kind] = []
                for (index, name) in names.enumerated() {
                    guard let kind = Publication.Kind(rawValue: name.lowercased()) else {
                        let known = Publication.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                        decoder.error("unknown publication type '\(name)'; expected one of: \(known)", at: orderNode.sequence?[index] ?? orderNode)
                        continue
                    }
                    if !order.contains(kind) { order.append(kind) }
                }
                settings.typeOrder = order + Publication.Kind.allCases.filter { !order.contains($0) }
            }
            if let styleNode = section.node("name_style"), let value = String(yaml: styleNode, decoder: decoder) {
                if let style = NameStyle(rawValue: value) {
                    settings.nameStyle = style
                } else {
                    let known = NameStyle.allCases.map(\.rawValue).joined(separator: ", ")
                    decoder.error("unknown name_style '\(value)'; expected one of: \(known)", at: styleNode)
                }
            }
            _ = section.unknownPairs(warnAbout: "'publications'")
        }
        if let node = reader.node("max_authors"), let count = Int(yaml: node, decoder: decoder) {
            if count >= 1 {
                settings.maxAuthors = count
            } else {
                decoder.error("max_authors must be 1 or more, found \(count)", at: node)
            }
        }
        if let node = reader.node("coauthors") {
            settings.coauthors = LabeledLink.list(from: node, decoder: decoder, describing: "'coauthors'") ?? []
        }
        if let node = reader.node("bibliography") {
            if node.sequence == nil, let path = String(yaml: node, decoder: decoder) {
                settings.bibliography = [PlacedPath(path: path, node: node, decoder: decoder)]
            } else if let paths = [String](yaml: node, decoder: decoder), let items = node.sequence {
                settings.bibliography = zip(paths, items).map { PlacedPath(path: $0, node: $1, decoder: decoder) }
            }
        }
        return settings
    }
}
