import Links
import YAML

/// A URL from front matter or `site.yml` that is safe to put in an `href` or `src`: every URL
/// field of every model is one, so none can skip the check.
///
/// Leading and trailing spaces are trimmed; a control character anywhere is refused (browsers
/// skip them, so they could hide where a link leads); the scheme must be one `LinkPolicy`
/// allows for the URL's purpose (`http`, `https`, `mailto`, `tel`, or none; a `data:` image
/// only where the URL is an image). The stored `value` is the URL as a browser reads it.
/// Root-relative URLs keep their form here; the base path is put before them when views are made.
public struct WebURL: Sendable, Hashable, YAMLDecodable, CustomStringConvertible {
    public let value: String
    public let purpose: URLPurpose

    /// Why a text is not a usable URL.
    public enum Refusal: Error, Hashable {
        case controlCharacter(Unicode.Scalar)
        /// Empty, or holding a space, `<`, `>` or `"`: not one URL.
        case notOneURL
        case scheme
    }

    private init(checked value: String, purpose: URLPurpose) {
        self.value = value
        self.purpose = purpose
    }

    public static func check(_ text: String, for purpose: URLPurpose = .link) -> Result<WebURL, Refusal> {
        if let control = text.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(.controlCharacter(control))
        }
        guard let value = oneURL(in: text) else { return .failure(.notOneURL) }
        guard LinkPolicy.allows(value, for: purpose) else { return .failure(.scheme) }
        return .success(WebURL(checked: value, purpose: purpose))
    }

    /// The text without the spaces around it, unless it is empty or holds a space, `<`, `>` or
    /// `"`: by bytes when the text is all ASCII (without control characters, each byte is
    /// then a character), else by characters.
    private static func oneURL(in text: String) -> String? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let value = String(text.trimmingPrefix(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
            return value.isEmpty || value.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" }) ? nil : value
        }
        let space = UInt8(ascii: " ")
        guard let first = bytes.firstIndex(where: { $0 != space }), let last = bytes.lastIndex(where: { $0 != space }) else { return nil }
        let isRefused = { (byte: UInt8) in
            byte == space || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
        }
        guard !bytes[first...last].contains(where: isRefused) else { return nil }
        return String(text[first...last])
    }

    public init?(_ text: String, for purpose: URLPurpose = .link) {
        guard case .success(let url) = Self.check(text, for: purpose) else { return nil }
        self = url
    }

    /// A link URL.
    public init?(yaml node: YAMLNode, decoder: YAMLDecoder) {
        self.init(yaml: node, decoder: decoder, for: .link)
    }

    public init?(yaml node: YAMLNode, decoder: YAMLDecoder, for purpose: URLPurpose) {
        guard let text = String(yaml: node, decoder: decoder) else { return nil }
        self.init(text, at: node, decoder: decoder, for: purpose)
    }

    /// Checks `text`, read from `node` (perhaps completed, as an arXiv id is), and records an
    /// error at the node when it is refused.
    public init?(_ text: String, at node: YAMLNode, decoder: YAMLDecoder, for purpose: URLPurpose = .link) {
        switch Self.check(text, for: purpose) {
        case .success(let url):
            self = url
        case .failure(let refusal):
            decoder.error(Self.message(for: refusal, text: text, purpose: purpose), at: node)
            return nil
        }
    }

    static func message(for refusal: Refusal, text: String, purpose: URLPurpose) -> String {
        switch (refusal, purpose) {
        case (.controlCharacter(let scalar), _):
            let code = String(scalar.value, radix: 16, uppercase: true)
            return "this URL contains the control character U+\(String(repeating: "0", count: 4 - code.count) + code); remove it "
                + "(browsers skip such characters, so they can hide where a link leads)"
        case (_, .link):
            return "'\(text)' is not a URL that can be linked (use https://…, mailto:…, or a path such as /papers/x.pdf)"
        case (_, .image):
            return "'\(text)' is not an image URL that can be shown (use https://…, a path such as /assets/photo.jpg, "
                + "or a data:image/png, gif, jpeg or webp URL)"
        }
    }

    /// Whether the URL names a file or page of the site: it has no scheme and no `//host`
    /// (`/assets/x.jpg`, `x.jpg`, `#top`).
    public var isLocal: Bool {
        LinkPolicy.scheme(of: value) == nil && !value.hasPrefix("//")
    }

    /// Where a file name alone in an image field is looked for, as Jekyll themes do with
    /// `avatar: profile.jpg`.
    public static let imagesFolder = "/assets/images/"

    /// A relative path (`profile.jpg`, `people/ada.png`) read in `imagesFolder`
    /// (`/assets/images/profile.jpg`); any other URL as it is.
    public var inImagesFolder: WebURL {
        guard isLocal, let first = value.first, !"/#?".contains(first) else { return self }
        return WebURL(checked: Self.imagesFolder + value, purpose: purpose)
    }

    public var description: String { value }
}
