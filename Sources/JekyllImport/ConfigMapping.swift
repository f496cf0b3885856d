import Foundation
import Models
import YAML

/// `_config.yml` (with al-folio's `_data/socials.yml`) as the imported site's settings, and a note
/// for each key with a value that has no place in them.
struct ConfigMapping {
    static let configFile = "_config.yml"
    static let socialsFile = "_data/socials.yml"

    private(set) var settings = SiteSettings()
    private(set) var notes: [ImportNote] = []

    /// Maps `config`, the tree of `_config.yml`, and `socials`, that of `_data/socials.yml`.
    init(config: YAMLNode?, socials: YAMLNode?) {
        let pairs = config?.mapping ?? []
        var used: Set<String> = []
        func value(_ key: String) -> String? {
            guard let node = config?[key], let text = Self.text(node) else { return nil }
            used.insert(key)
            return text
        }
        let fullName = [value("first_name"), value("middle_name"), value("last_name")].compactMap { $0 }.joined(separator: " ")
        let title = value("title")
        // al-folio: "if blank, full name will be used instead".
        settings.title = title == "blank" && !fullName.isEmpty ? fullName : title
        settings.description = value("description").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        mapBaseURL(url: value("url"), baseurl: value("baseurl"), at: config?["url"] ?? config?["baseurl"])
        settings.language = value("lang") ?? value("locale")
        mapTimezone(config?["timezone"], used: &used)

        let authorNode = config?["author"]
        if authorNode != nil { used.insert("author") }
        let name = authorNode.flatMap { $0["name"] }.flatMap(Self.text) ?? value("name") ?? (fullName.isEmpty ? nil : fullName)
        if let name {
            // academicpages repeats the name at the top (`name: &name`) for its theme.
            if config?["name"].flatMap(Self.text) == name { used.insert("name") }
            var author = SiteSettings.Author(name: name)
            mapAuthor(authorNode, into: &author)
            if author.email == nil, let email = value("email"), Self.isEmail(email) { author.email = email }
            for pair in pairs where !used.contains(pair.key.scalar?.text ?? "") {
                guard let key = pair.key.scalar?.text, SocialProfiles.profile(forKey: key) != nil else { continue }
                used.insert(key)
                addLink(key: key, node: pair.value, file: Self.configFile, to: &author)
            }
            mapSocials(socials, into: &author)
            settings.author = author
        }
        // Read where collections, posts and top-level pages are mapped.
        used.formUnion(["collections", "permalink", "exclude"])
        if case .int(let limit)? = config?["max_author_limit"]?.scalar?.value, limit > 0 {
            used.insert("max_author_limit")
            settings.maxAuthors = limit
        }
        if let scholar = config?["scholar"] {
            used.insert("scholar")
            settings.ownerNames = Self.ownerNames(scholar)
        }
        // Settings of Jekyll, its plugins and the theme are many and need nothing done: one note for all.
        let unused = pairs.compactMap { pair -> (key: String, line: Int)? in
            guard let key = pair.key.scalar?.text, !used.contains(key), Self.hasContent(pair.value) else { return nil }
            return (key, pair.key.mark.line)
        }
        if unused.count == 1, let only = unused.first {
            notes.append(ImportNote(file: Self.configFile, line: only.line, subject: "`\(only.key)`",
                                    advice: "a Jekyll or theme setting that sitegen has no place for; nothing to do unless the site relied on it"))
        } else if let first = unused.first {
            notes.append(ImportNote(
                file: Self.configFile, line: first.line,
                subject: "\(unused.count) settings, " + unused.map { "`\($0.key)` (line \($0.line))" }.joined(separator: ", "),
                advice: "Jekyll or theme settings that sitegen has no place for; nothing to do unless the site relied on them"))
        }
    }

    private mutating func mapBaseURL(url: String?, baseurl: String?, at node: YAMLNode?) {
        let path = (baseurl ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let candidate = (url.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "") + (path.isEmpty ? "/" : "/\(path)/")
        guard url != nil || !path.isEmpty else { return }
        if SiteConfig.splitBaseURL(candidate) != nil {
            settings.baseURL = candidate
        } else {
            notes.append(ImportNote(
                file: Self.configFile, line: node?.mark.line, subject: "`url` and `baseurl` (\(candidate))",
                advice: "not a base URL sitegen can use; set base_url in site.yml to https://host/path/"))
        }
    }

    private mutating func mapTimezone(_ node: YAMLNode?, used: inout Set<String>) {
        guard let node, let name = Self.text(node) else { return }
        used.insert("timezone")
        if TimeZone(identifier: name) != nil {
            settings.timezone = name
        } else {
            notes.append(ImportNote(
                file: Self.configFile, line: node.mark.line, subject: "`timezone: \(name)`",
                advice: "not an IANA time zone name; set timezone in site.yml to one such as Europe/Paris"))
        }
    }

    /// academicpages' `author:` block: the profile's fields, then its profile links.
    private mutating func mapAuthor(_ node: YAMLNode?, into author: inout SiteSettings.Author) {
        for pair in node?.mapping ?? [] {
            guard let key = pair.key.scalar?.text, let value = Self.text(pair.value) else { continue }
            let line = pair.key.mark.line
            switch key {
            case "name": continue
            case "bio": author.role = value
            case "employer": author.affiliation = value
            case "email":
                if Self.isEmail(value) {
                    author.email = value
                } else {
                    notes.append(ImportNote(file: Self.configFile, line: line, subject: "`author.email: \(value)`",
                                            advice: "not an e-mail address; write it as one in author.email of site.yml"))
                }
            case "avatar": author.avatar = Self.avatarPath(value)
            case _ where SocialProfiles.profile(forKey: key) != nil:
                addLink(key: "author." + key, node: pair.value, file: Self.configFile, to: &author)
            default:
                notes.append(ImportNote(
                    file: Self.configFile, line: line, subject: "`author.\(key)`",
                    advice: key == "location" || key == "pronouns"
                        ? "the profile has no \(key); add it to author.role or author.affiliation in site.yml to show it"
                        : "a profile link sitegen does not know; add it to author.links in site.yml as {label, url}"))
            }
        }
    }

    /// al-folio's `_data/socials.yml`: the profiles it names, a note for the others.
    private mutating func mapSocials(_ node: YAMLNode?, into author: inout SiteSettings.Author) {
        for pair in node?.mapping ?? [] {
            guard let key = pair.key.scalar?.text, Self.hasContent(pair.value) else { continue }
            if key == "email", let value = Self.text(pair.value), Self.isEmail(value) {
                if author.email == nil { author.email = value }
            } else if SocialProfiles.profile(forKey: key) != nil {
                addLink(key: key, node: pair.value, file: Self.socialsFile, to: &author)
            } else {
                notes.append(ImportNote(
                    file: Self.socialsFile, line: pair.key.mark.line, subject: "`\(key)`",
                    advice: "a profile sitegen does not know; add it to author.links in site.yml as {label, url}"))
            }
        }
    }

    private mutating func addLink(key: String, node: YAMLNode, file: String, to author: inout SiteSettings.Author) {
        guard let value = Self.text(node), let profile = SocialProfiles.profile(forKey: key.split(separator: ".").last.map(String.init) ?? key) else { return }
        guard let url = SocialProfiles.url(of: value, for: profile) else {
            notes.append(ImportNote(file: file, line: node.mark.line, subject: "`\(key): \(value)`",
                                    advice: "not a user name or URL; add the link to author.links in site.yml"))
            return
        }
        if !author.links.contains(where: { $0.label == profile.label }) {
            author.links.append(SiteSettings.Link(label: profile.label, url: url))
        }
    }

    /// jekyll-scholar's `last_name` and `first_name` lists: each first name with each last name.
    static func ownerNames(_ scholar: YAMLNode) -> [String] {
        func names(_ key: String) -> [String] {
            guard let node = scholar[key] else { return [] }
            return (node.sequence ?? [node]).compactMap(text)
        }
        let firsts = names("first_name")
        return names("last_name").flatMap { last in firsts.isEmpty ? [last] : firsts.map { "\($0) \(last)" } }
    }

    /// academicpages reads a file name alone in `/images/`, which the import copies as it is.
    static func avatarPath(_ value: String) -> String {
        value.contains("://") || value.hasPrefix("/") ? value : "/images/\(value)"
    }

    /// A scalar's text: nil for null, an empty text, a boolean, a list or a mapping.
    static func text(_ node: YAMLNode) -> String? {
        switch node.scalar?.value {
        case .string(let text): return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
        case .int, .float: return node.scalar?.text
        default: return nil
        }
    }

    /// Whether a value says anything: not null, empty or `false`, or a list or mapping holding such a value.
    static func hasContent(_ node: YAMLNode) -> Bool {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null, .bool(false): return false
            case .string(let text): return !text.trimmingCharacters(in: .whitespaces).isEmpty
            default: return true
            }
        case .sequence(let items): return items.contains(where: hasContent)
        case .mapping(let pairs): return pairs.contains { hasContent($0.value) }
        }
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }
}
