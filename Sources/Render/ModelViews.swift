import Foundation
import Links
import Models
import Site

/// The model-specific part of a page's view: `page.news`, `page.publication`, `page.seminar`,
/// `page.phd`, `page.job`, `page.home`.
struct ModelViews {
    /// All that model views read of the site. A page's summary is reused from the previous
    /// build while its page and these are unchanged, so views must read nothing else of it.
    struct SiteInputs: Equatable {
        var basePath: String
        var buildDate: ContentDate
        var ownerNames: Set<String>
        var hasAuthor: Bool
    }

    let inputs: SiteInputs

    init(site: Site) {
        inputs = SiteInputs(
            basePath: site.config.basePath, buildDate: site.buildDate,
            ownerNames: Set(site.config.ownerNames.map(Self.normalizedName)), hasAuthor: site.config.author != nil)
    }

    func view(of page: SitePage) -> (key: String, value: [String: Any])? {
        switch page.frontMatter.model {
        case .home(let home):
            var view: [String: Any] = ["show_profile": home.showsProfile && inputs.hasAuthor]
            if let banner = home.banner { view["banner"] = url(banner) }
            return ("home", view)
        case .news:
            return ("news", ["inline": page.role == .listedOnly])
        case .publication(let publication):
            return ("publication", self.publication(publication))
        case .seminar(let session):
            var view = seminar(session)
            view["upcoming"] = isUpcoming(page)
            // The series names the page when it has no title of its own; say it once.
            if let series = session.series, series != page.title { view["kicker"] = series }
            return ("seminar", view)
        case .phdProject(let project):
            return ("phd", phd(project))
        case .job(let offer):
            return ("job", job(offer, open: isOpen(page) ?? true))
        case .page:
            return nil
        }
    }

    /// For seminar sessions: whether the session is on or after the build date (undated ones are
    /// still to come). nil for other pages.
    func isUpcoming(_ page: SitePage) -> Bool? {
        guard case .seminar(let session) = page.frontMatter.model else { return nil }
        return session.date.map { Self.day($0) >= Self.day(inputs.buildDate) } ?? true
    }

    /// For job offers: whether the deadline has not passed on the build date. nil for other pages.
    func isOpen(_ page: SitePage) -> Bool? {
        guard case .job(let offer) = page.frontMatter.model else { return nil }
        return offer.isOpen(on: inputs.buildDate)
    }

    private func publication(_ publication: Publication) -> [String: Any] {
        var view: [String: Any] = [
            "authors": publication.authors.map { ["name": $0, "is_owner": isOwner($0)] as [String: Any] },
            "year": String(publication.date.year),
            "type": publication.kind.rawValue,
            "type_label": publication.kind.label,
            "links": publication.links.map(link),
            "selected": publication.selected,
        ]
        if let venue = publication.venue { view["venue"] = venue }
        if let abstract = publication.abstract { view["abstract"] = abstract }
        return view
    }

    private func seminar(_ session: SeminarSession) -> [String: Any] {
        var view: [String: Any] = [
            "talks": session.talks.map(talk),
            "date_tba": session.date == nil,
        ]
        if let time = session.time { view["time"] = time.display }
        if let location = session.location { view["location"] = location }
        if let series = session.series { view["series"] = series }
        return view
    }

    private func talk(_ talk: SeminarSession.Talk) -> [String: Any] {
        var view: [String: Any] = ["title": talk.title, "speaker": talk.speaker]
        if let url = talk.speakerURL { view["speaker_url"] = self.url(url) }
        if let affiliation = talk.affiliation { view["affiliation"] = affiliation }
        if let time = talk.time {
            view["time"] = time.display
            view["start"] = time.start
        }
        if let abstract = talk.abstract { view["abstract"] = abstract }
        return view
    }

    private func phd(_ project: PhDProject) -> [String: Any] {
        var view: [String: Any] = ["supervisors": project.supervisors.map(person), "keywords": project.keywords]
        if let student = project.student { view["student"] = student }
        if let institution = project.institution { view["institution"] = institution }
        if let team = project.team { view["team"] = team }
        if let start = project.start { view["start"] = dateOrText(start) }
        if let defence = project.defence { view["defence"] = dateOrText(defence) }
        if let status = project.status { view["status"] = status }
        return view
    }

    private func job(_ offer: JobOffer, open: Bool) -> [String: Any] {
        var view: [String: Any] = [
            "open": open, "closed": !open,
            "position_label": (offer.position ?? .other).label,
            "contacts": offer.contacts.map(person), "references": offer.references,
        ]
        if let position = offer.position { view["position"] = position.rawValue }
        view["has_facts"] = offer.position != nil || offer.location != nil || offer.salary != nil || offer.start != nil
            || offer.duration != nil || offer.deadline != nil
        if let location = offer.location { view["location"] = location }
        if let salary = offer.salary { view["salary"] = salary }
        if let start = offer.start { view["start"] = dateOrText(start) }
        if let duration = offer.duration { view["duration"] = duration }
        if let deadline = offer.deadline { view["deadline"] = DateFormatting.view(deadline) }
        if let howToApply = offer.howToApply { view["how_to_apply"] = howToApply }
        return view
    }

    func person(_ person: Person) -> [String: Any] {
        var view: [String: Any] = ["name": person.name]
        if let affiliation = person.affiliation { view["affiliation"] = affiliation }
        if let url = person.url { view["url"] = self.url(url) }
        if let email = person.email { view["email"] = Self.emailView(email) }
        return view
    }

    /// An address split in two, shown as `user [at] domain`, so that it is not a plain
    /// `mailto:` for harvesters while staying readable for people.
    static func emailView(_ email: String) -> [String: Any] {
        let parts = email.split(separator: "@", maxSplits: 1)
        return ["user": String(parts.first ?? ""), "domain": parts.count > 1 ? String(parts[1]) : ""]
    }

    private func link(_ link: LabeledLink) -> [String: Any] {
        ["label": link.label, "url": url(link.url)]
    }

    private func dateOrText(_ value: DateOrText) -> [String: Any] {
        switch value {
        case .date(let date): return DateFormatting.view(date)
        case .text(let text): return ["display": text]
        }
    }

    func url(_ url: WebURL) -> String {
        LinkPolicy.resolve(url.value, basePath: inputs.basePath)
    }

    func isOwner(_ name: String) -> Bool {
        inputs.ownerNames.contains(Self.normalizedName(name))
    }

    /// `Léa  Martin.` and `lea martin` match: case, accents, dots and spacing do not count.
    static func normalizedName(_ name: String) -> String {
        // Most names are ASCII: fold those in Swift, without a trip through NSString.
        let folded = name.utf8.allSatisfy { $0 < 0x80 }
            ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0 == "." || $0.isWhitespace }).joined(separator: " ")
    }

    static func day(_ date: ContentDate) -> ContentDate {
        ContentDate(year: date.year, month: date.month, day: date.day)
    }
}
