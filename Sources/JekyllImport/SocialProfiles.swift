/// The social and academic profiles Jekyll themes keep as user names, and the full URLs sitegen's
/// profile links need.
enum SocialProfiles {
    struct Profile: Sendable {
        /// The label of the profile link.
        var label: String
        /// The keys themes use for it: academicpages' `author:` keys, al-folio's `_config.yml`
        /// and `_data/socials.yml` keys.
        var keys: [String]
        /// The URL of a user name or id.
        var url: @Sendable (String) -> String?
    }

    static let all: [Profile] = [
        Profile(label: "Google Scholar", keys: ["googlescholar", "scholar_userid"]) { "https://scholar.google.com/citations?user=\($0)" },
        Profile(label: "ORCID", keys: ["orcid", "orcid_id"]) { "https://orcid.org/\($0)" },
        Profile(label: "GitHub", keys: ["github", "github_username"]) { "https://github.com/\($0)" },
        Profile(label: "LinkedIn", keys: ["linkedin", "linkedin_username"]) { "https://www.linkedin.com/in/\($0)" },
        Profile(label: "X", keys: ["twitter", "x", "twitter_username", "x_username"]) { "https://x.com/\(dropAt($0))" },
        Profile(label: "ResearchGate", keys: ["researchgate", "research_gate_profile"]) { "https://www.researchgate.net/profile/\($0)" },
        Profile(label: "Bluesky", keys: ["bluesky", "bluesky_url"]) { "https://bsky.app/profile/\(dropAt($0))" },
        Profile(label: "Mastodon", keys: ["mastodon", "mastodon_username"], url: mastodon),
        Profile(label: "Website", keys: ["uri", "work_url"]) { _ in nil },
    ]

    /// The profile a key names, if any.
    static func profile(forKey key: String) -> Profile? {
        all.first { $0.keys.contains(key) }
    }

    /// The full URL of a value: kept when it is already an http(s) URL, else made from the user
    /// name; nil when neither works (a value with spaces, or a key that only takes URLs).
    static func url(of value: String, for profile: Profile) -> String? {
        let lowered = value.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return value }
        guard !value.contains(where: \.isWhitespace) else { return nil }
        return profile.url(value)
    }

    private static func dropAt(_ name: String) -> String {
        name.hasPrefix("@") ? String(name.dropFirst()) : name
    }

    /// al-folio's `instance.tld/@user`, or `@user@instance.tld`.
    private static func mastodon(_ name: String) -> String? {
        if name.contains("/") { return "https://\(name)" }
        let parts = dropAt(name).split(separator: "@")
        guard parts.count == 2 else { return nil }
        return "https://\(parts[1])/@\(parts[0])"
    }
}
