import Links
import Models
import Site

/// The model-specific part of a page's summary: `news`, `publication`, `seminar`, `talk`, `phd`, `job`,
/// `home`. Reads the page and `SummaryInputs`, nothing else of the site.
struct ModelViewBuilder: Sendable {
    let inputs: SummaryInputs

    /// The key the model's view goes under and the view; nil for plain pages.
    func view(of page: SitePage) -> (key: String, value: ViewValue)? {
        switch page.frontMatter.model {
        case .home(let home):
            var view: [String: ViewValue] = ["show_profile": .bool(home.showsProfile && inputs.hasAuthor)]
            if let banner = home.banner { view["banner"] = .text(url(banner)) }
            return ("home", .object(view))
        case .news:
            return ("news", .object(["inline": .bool(page.role == .listedOnly)]))
        case .publication(let publication):
            return ("publication", .object(PublicationView(inputs: inputs).view(of: publication, page: page)))
        case .seminar(let session):
            var view = seminar(session)
            view["upcoming"] = .bool(page.timeStatus == .upcoming)
            if inputs.hasCalendars, session.date != nil {
                view["calendar"] = .text(inputs.basePath + PathEncoding.encode(FeedCatalog.sessionCalendarPath(route: page.route)))
            }
            // The series names the page when it has no title of its own; say it once.
            if let series = session.series, series != page.title { view["kicker"] = .text(series) }
            return ("seminar", .object(view))
        case .talk(let talk):
            var view = given(talk)
            view["upcoming"] = .bool(page.timeStatus == .upcoming)
            return ("talk", .object(view))
        case .phdProject(let project):
            return ("phd", .object(phd(project)))
        case .job(let offer):
            return ("job", .object(job(offer, open: page.timeStatus != .closed, posted: page.date != nil)))
        case .page, .publicationEnrichment:
            return nil
        }
    }

    private func seminar(_ session: SeminarSession) -> [String: ViewValue] {
        var view: [String: ViewValue] = [
            "talks": .list(session.talks.map(talk)),
            "date_tba": .bool(session.date == nil),
        ]
        if let time = session.time { view["time"] = .text(time.display) }
        if let location = session.location { view["location"] = .text(location) }
        if let series = session.series { view["series"] = .text(series) }
        if session.cancelled { view["cancelled"] = .bool(true) }
        if let online = session.online { view["online"] = .text(online.value) }
        // What the Event markup says is shown too: the place's address and the organizer.
        if session.location != nil, let address = inputs.head.organization?.address { view["address"] = .text(address.singleLine) }
        if let organization = inputs.head.organization {
            var organizer: [String: ViewValue] = ["name": .text(organization.name)]
            if let url = organization.url { organizer["url"] = .text(self.url(url)) }
            view["organizer"] = .object(organizer)
        } else if let author = inputs.head.author {
            view["organizer"] = .object(["name": .text(author.name), "url": .text(inputs.basePath)])
        }
        return view
    }

    private func talk(_ talk: SeminarSession.Talk) -> ViewValue {
        var view: [String: ViewValue] = ["title": .text(talk.title), "speaker": .text(talk.speaker)]
        // Always there, so that a talk's title never falls back to its session's in a template.
        view["title_html"] = .html(RenderedHTML(text: talk.title, macros: inputs.mathMacros))
        if let url = talk.speakerURL { view["speaker_url"] = .text(self.url(url)) }
        if let affiliation = talk.affiliation { view["affiliation"] = .text(affiliation) }
        if let time = talk.time {
            view["time"] = .text(time.display)
            view["start"] = .text(time.start)
        }
        if let abstract = talk.abstract {
            view["abstract"] = .text(abstract)
            view["abstract_html"] = .html(RenderedHTML(text: abstract, macros: inputs.mathMacros))
        }
        if talk.cancelled { view["cancelled"] = .bool(true) }
        if let online = talk.online { view["online"] = .text(online.value) }
        return .object(view)
    }

    /// A talk given: `event`, `event_url`, `location`, `type` and `type_label`, `slides`,
    /// `video` (and both as `links` of `label` and `url`), `abstract` (and `abstract_html`), `coauthors` as an author list (with `author_separator`).
    private func given(_ talk: GivenTalk) -> [String: ViewValue] {
        var view: [String: ViewValue] = [:]
        if let event = talk.event { view["event"] = .text(event) }
        if let eventURL = talk.eventURL { view["event_url"] = .text(url(eventURL)) }
        if let location = talk.location { view["location"] = .text(location) }
        if let type = talk.type { view["type"] = .text(type) }
        if let label = talk.typeLabel { view["type_label"] = .text(label) }
        var links: [ViewValue] = []
        if let slides = talk.slides {
            view["slides"] = .text(url(slides))
            links.append(link(LabeledLink(label: "Slides", url: slides)))
        }
        if let video = talk.video {
            view["video"] = .text(url(video))
            links.append(link(LabeledLink(label: "Video", url: video)))
        }
        view["links"] = .list(links)
        if let abstract = talk.abstract {
            view["abstract"] = .text(abstract)
            view["abstract_html"] = .html(RenderedHTML(text: abstract, macros: inputs.mathMacros))
        }
        if !talk.coauthors.isEmpty {
            view["coauthors"] = AuthorListView(inputs: inputs).view(of: talk.coauthors, maxAuthors: nil)
            view["author_separator"] = .text(inputs.nameStyle.separator)
        }
        return view
    }

    private func phd(_ project: PhDProject) -> [String: ViewValue] {
        var view: [String: ViewValue] = [
            "supervisors": .list(project.supervisors.map(person)), "keywords": .list(project.keywords.map(ViewValue.text)),
        ]
        if let student = project.student { view["student"] = .text(student) }
        if let institution = project.institution { view["institution"] = .text(institution) }
        if let team = project.team { view["team"] = .text(team) }
        if let start = project.start { view["start"] = dateOrText(start) }
        if let defence = project.defence { view["defence"] = dateOrText(defence) }
        if let status = project.status { view["status"] = .text(status) }
        return view
    }

    private func job(_ offer: JobOffer, open: Bool, posted: Bool) -> [String: ViewValue] {
        var view: [String: ViewValue] = [
            "open": .bool(open), "closed": .bool(!open),
            "position_label": .text((offer.position ?? .other).label),
            "contacts": .list(offer.contacts.map(person)), "references": .list(offer.references.map(ViewValue.text)),
        ]
        if let position = offer.position { view["position"] = .text(position.rawValue) }
        let organization = inputs.head.organization
        view["has_facts"] = .bool(
            offer.position != nil || offer.location != nil || offer.salary != nil || offer.start != nil
                || offer.duration != nil || offer.deadline != nil || offer.employmentType != nil || offer.remote
                || organization != nil || posted)
        // What the JobPosting markup says is shown too: employer, its address, contract, remote work.
        if let organization {
            var employer: [String: ViewValue] = ["name": .text(organization.name)]
            if let url = organization.url { employer["url"] = .text(self.url(url)) }
            if let address = organization.address { employer["address"] = .text(address.singleLine) }
            view["employer"] = .object(employer)
        }
        if let type = offer.employmentType { view["employment_type"] = .text(type.label) }
        if offer.remote { view["remote"] = .text(organization?.address.map { "Yes, from \($0.country)" } ?? "Yes") }
        if let location = offer.location { view["location"] = .text(location) }
        if let salary = offer.salary { view["salary"] = .text(salary) }
        if let start = offer.start { view["start"] = dateOrText(start) }
        if let duration = offer.duration { view["duration"] = .text(duration) }
        if let deadline = offer.deadline { view["deadline"] = .object(DateFormatting.view(deadline)) }
        if let howToApply = offer.howToApply {
            view["how_to_apply"] = .text(howToApply)
            if let html = RenderedHTML(formulasIn: howToApply, macros: inputs.mathMacros) { view["how_to_apply_html"] = .html(html) }
        }
        return view
    }

    private func person(_ person: Person) -> ViewValue {
        var view: [String: ViewValue] = ["name": .text(person.name)]
        if let affiliation = person.affiliation { view["affiliation"] = .text(affiliation) }
        if let url = person.url { view["url"] = .text(self.url(url)) }
        if let email = person.email { view["email"] = Self.emailView(email) }
        return .object(view)
    }

    /// An address split in two, shown as `user [at] domain`, so that it is not a plain
    /// `mailto:` for harvesters while staying readable for people.
    static func emailView(_ email: String) -> ViewValue {
        let parts = email.split(separator: "@", maxSplits: 1)
        return .object(["user": .text(String(parts.first ?? "")), "domain": .text(parts.count > 1 ? String(parts[1]) : "")])
    }

    private func link(_ link: LabeledLink) -> ViewValue {
        .object(["label": .text(link.label), "url": .text(url(link.url))])
    }

    private func dateOrText(_ value: DateOrText) -> ViewValue {
        switch value {
        case .date(let date): return .object(DateFormatting.view(date))
        case .text(let text): return .object(["display": .text(text)])
        }
    }

    private func url(_ url: WebURL) -> String {
        LinkPolicy.resolve(url.value, basePath: inputs.basePath)
    }
}
