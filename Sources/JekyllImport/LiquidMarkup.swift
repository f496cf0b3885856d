/// Jekyll tags that only stand for markup, written out as that markup: the figure includes of
/// al-folio (`{% include figure.liquid path="assets/img/1.jpg" caption="…" %}`) and
/// minimal-mistakes (`{% include figure image_path="…" %}`) as an `<img>`, in a `<figure>` when
/// there is a caption; al-folio's video and audio includes as `<video>` and `<audio>`, or a link
/// to a player elsewhere; `{% highlight LANG %}` … `{% endhighlight %}` as a fenced code block;
/// `{% details TITLE %}` … `{% enddetails %}` as `<details>`; `{% twitter URL %}` as a link.
/// HTML rather than Markdown, since these tags mostly stand inside HTML blocks, where Markdown
/// is not read.
enum LiquidMarkup {
    /// The markup of the tag whose inside is `inner` (`include figure.liquid path=…`), or nil when
    /// it is no such tag or one of its values is only known to Jekyll (a variable).
    static func replacement(for inner: String) -> String? {
        let words = inner.split(separator: " ", maxSplits: 2).map(String.init)
        switch words.first {
        case "highlight":
            guard words.count >= 2 else { return nil }
            return "```" + words[1]
        case "endhighlight":
            return words.count == 1 ? "```" : nil
        case "details":
            // A blank line after the summary, so that the Markdown inside is read as Markdown.
            return words.count >= 2 ? "<details><summary>\(escaped(words.dropFirst().joined(separator: " ")))</summary>\n" : nil
        case "enddetails":
            return words.count == 1 ? "\n</details>" : nil
        case "twitter":
            guard words.count >= 2, words[1].hasPrefix("https://") else { return nil }
            return "<a href=\"\(escaped(words[1]))\">\(escaped(words[1]))</a>"
        case "include" where words.count == 3 && ["figure.liquid", "figure.html", "figure"].contains(words[1]):
            return parameters(words[2]).flatMap(figure)
        case "include" where words.count == 3 && ["video.liquid", "video.html", "audio.liquid", "audio.html"].contains(words[1]):
            return parameters(words[2]).flatMap { media(words[1].hasPrefix("video") ? "video" : "audio", $0) }
        default:
            return nil
        }
    }

    private static func figure(_ parameters: [String: String]) -> String? {
        guard let path = parameters["path"] ?? parameters["image_path"], !path.isEmpty else { return nil }
        let source = path.hasPrefix("/") || path.contains("://") ? path : "/" + path
        var image = "<img src=\"\(escaped(source))\""
        if let alt = parameters["alt"] ?? parameters["title"] { image += " alt=\"\(escaped(alt))\"" }
        for name in ["width", "height", "loading"] {
            if let value = parameters[name] { image += " \(name)=\"\(escaped(value))\"" }
        }
        image += ">"
        guard let caption = parameters["caption"], !caption.isEmpty else { return image }
        return "<figure>\(image)<figcaption>\(caption)</figcaption></figure>"
    }

    /// al-folio's video and audio includes: a file as `<video>` or `<audio>` with its controls; a
    /// player on another site (a YouTube embed), which sitegen does not embed, as a link to it.
    private static func media(_ element: String, _ parameters: [String: String]) -> String? {
        guard let path = parameters["path"], !path.isEmpty else { return nil }
        if path.contains("://") { return "<a href=\"\(escaped(path))\">\(escaped(path))</a>" }
        var tag = "<\(element) src=\"\(escaped(path.hasPrefix("/") ? path : "/" + path))\""
        for flag in ["controls", "loop", "muted"] where parameters[flag] == "true" { tag += " " + flag }
        for name in ["width", "height"] where element == "video" {
            if let value = parameters[name] { tag += " \(name)=\"\(escaped(value))\"" }
        }
        return tag + "></\(element)>"
    }

    /// `key="value" key='value' key=word` pairs; nil when a value is a variable or the text
    /// is not such pairs.
    static func parameters(_ text: String) -> [String: String]? {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { return result }
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let key = String(rest[..<equals])
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
            rest = rest[rest.index(after: equals)...]
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let value = rest.dropFirst()
                guard let close = value.firstIndex(of: quote) else { return nil }
                result[key] = String(value[..<close])
                rest = value[value.index(after: close)...]
            } else {
                let value = rest.prefix { !$0.isWhitespace }
                // A bare word is a literal only when it is a number or a boolean; else it names a variable.
                guard value == "true" || value == "false" || Double(value) != nil else { return nil }
                result[key] = String(value)
                rest = rest[value.endIndex...]
            }
        }
    }

    private static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
