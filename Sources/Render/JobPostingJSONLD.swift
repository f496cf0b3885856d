import Foundation
import Models
import Site

/// The `JobPosting` of an open offer's own page, with what Google requires (`title`,
/// `description`, `datePosted`, `hiringOrganization`, and `jobLocation` with a country, or
/// `jobLocationType: TELECOMMUTE` with `applicantLocationRequirements`) or none at all: an offer
/// without a `date`, or a site without `organization:` and its address, gets no markup (the site
/// assembly warns, see `JobPostingRequirements`).
struct JobPostingJSONLD: Sendable {
    let inputs: HeadInputs

    /// The node, or nil when a required property is not known.
    func node(of offer: JobOffer, page: SitePage, description: String) -> JSONValue? {
        guard JobPostingRequirements.missing(offer: offer, date: page.date, organization: inputs.organization).isEmpty,
              let posted = page.date, let organization = inputs.organization, let address = organization.address else { return nil }
        let hiring = JSONValue.node("Organization", [
            "name": .string(organization.name),
            "sameAs": organization.url.flatMap(inputs.absolute).map(JSONValue.string),
        ])
        var location: [(key: String, value: JSONValue)] = []
        if offer.remote {
            location = [
                (key: "jobLocationType", value: .string("TELECOMMUTE")),
                (key: "applicantLocationRequirements", value: .node("Country", ["name": .string(address.country)])),
            ]
        } else {
            location = [(key: "jobLocation", value: .node("Place", [
                "name": .text(offer.location),
                "address": Self.postalAddress(address),
            ]))]
        }
        let node = JSONValue.node("JobPosting", [
            "title": .string(page.title),
            "description": .string(description),
            "datePosted": .string(posted.isoDate),
            "validThrough": offer.deadline.map { .string($0.isoDate) },
            "employmentType": offer.employmentType.map { .string($0.schemaValue) },
            "hiringOrganization": hiring,
            "baseSalary": offer.salary.flatMap(SalaryFigure.init(parsing:)).map(Self.salary),
            "identifier": .node("PropertyValue", [
                "name": .string(organization.name), "value": .string(Route.components(of: page.route).last ?? page.route),
            ]),
            "url": inputs.absolute(route: page.route).map(JSONValue.string),
        ])
        guard case .object(var members) = node else { return node }
        // The place goes after the employer, as Google's examples list it.
        let index = (members.firstIndex { $0.key == "hiringOrganization" } ?? members.count - 1) + 1
        members.insert(contentsOf: location, at: index)
        return .object(members)
    }

    /// The offer's text as HTML (Google reads the description as HTML); for an offer with no
    /// text, its position and place as the page shows them.
    static func description(of offer: JobOffer, page: SitePage, basePath: String) -> String {
        let html = page.body.html(basePath: basePath).trimmingCharacters(in: .whitespacesAndNewlines)
        if !html.isEmpty { return html }
        return [page.title, (offer.position ?? .other).label, offer.location].compactMap { $0 }.joined(separator: " · ")
    }

    static func postalAddress(_ address: PostalAddress) -> JSONValue {
        .node("PostalAddress", [
            "streetAddress": .text(address.street),
            "addressLocality": .text(address.locality),
            "addressRegion": .text(address.region),
            "postalCode": .text(address.postalCode),
            "addressCountry": .string(address.country),
        ])
    }

    /// A `MonetaryAmount`: one value, or a range as `minValue`/`maxValue`, per period.
    static func salary(_ figure: SalaryFigure) -> JSONValue {
        func number(_ text: String) -> JSONValue {
            if let integer = Int(text) { return .integer(integer) }
            return Decimal(string: text, locale: nil).map(JSONValue.decimal) ?? .string(text)
        }
        let value: JSONValue = .node("QuantitativeValue", [
            "value": figure.maximum == nil ? number(figure.minimum) : nil,
            "minValue": figure.maximum == nil ? nil : number(figure.minimum),
            "maxValue": figure.maximum.map(number),
            "unitText": .string(figure.period.rawValue),
        ])
        return .node("MonetaryAmount", ["currency": .string(figure.currency), "value": value])
    }
}
