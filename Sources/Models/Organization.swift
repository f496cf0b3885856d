import YAML

/// The lab or institution behind the site, from `organization:` in `site.yml`: the employer of
/// job offers (`hiringOrganization`) and, when an offer names no address, where the job is.
public struct Organization: Sendable, Hashable {
    public var name: String
    public var url: WebURL?
    public var address: PostalAddress?

    public init(name: String, url: WebURL? = nil, address: PostalAddress? = nil) {
        self.name = name
        self.url = url
        self.address = address
    }

    static func decode(_ node: YAMLNode, decoder: YAMLDecoder) -> Organization? {
        guard var reader = decoder.object(node, describing: "'organization'") else { return nil }
        let name = reader.required("name", as: String.self, in: "'organization'", missingAt: node.mark)
        var organization = Organization(name: name ?? "")
        organization.url = reader.optional("url")
        organization.address = reader.node("address").flatMap { PostalAddress.decode($0, decoder: decoder) }
        _ = reader.unknownPairs(warnAbout: "'organization'")
        return name == nil ? nil : organization
    }
}

/// A postal address: `street`, `locality` (the city), `region`, `postal_code`, and `country`
/// as an ISO 3166-1 alpha-2 code (`FR`, `DE`), which Google requires of a job's place.
public struct PostalAddress: Sendable, Hashable {
    public var street: String?
    public var locality: String?
    public var region: String?
    public var postalCode: String?
    public var country: String

    public init(street: String? = nil, locality: String? = nil, region: String? = nil, postalCode: String? = nil, country: String) {
        self.street = street
        self.locality = locality
        self.region = region
        self.postalCode = postalCode
        self.country = country
    }

    /// The address on one line, as pages show it: `1 Rue X, 75005 Paris, Île-de-France, FR`.
    public var singleLine: String {
        let cityLine = [postalCode, locality].compactMap { $0 }.joined(separator: " ")
        return [street, cityLine.isEmpty ? nil : cityLine, region, country].compactMap { $0 }.joined(separator: ", ")
    }

    static func decode(_ node: YAMLNode, decoder: YAMLDecoder) -> PostalAddress? {
        guard var reader = decoder.object(node, describing: "'organization.address'") else { return nil }
        let street: String? = reader.optional("street")
        let locality: String? = reader.optional("locality")
        let region: String? = reader.optional("region")
        let postalCode: String? = reader.optional("postal_code")
        let countryNode = reader.node("country")
        _ = reader.unknownPairs(warnAbout: "'organization.address'")
        guard let countryNode else {
            decoder.report(.error, "'organization.address' needs 'country', a two-letter ISO 3166 code such as FR", at: node.mark)
            return nil
        }
        guard let country = String(yaml: countryNode, decoder: decoder) else { return nil }
        guard country.utf8.count == 2, country.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            decoder.error("'\(country)' is not a country code: give the two capital letters of ISO 3166, such as FR or DE", at: countryNode)
            return nil
        }
        return PostalAddress(street: street, locality: locality, region: region, postalCode: postalCode, country: country)
    }
}
