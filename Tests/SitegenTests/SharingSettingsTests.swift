import Foundation
import Models
import Testing

/// `organization:` and `image:` in site.yml, an offer's `employment_type` and `remote`, and the
/// salary figures read from `salary:` texts.
@Suite struct SharingSettingsTests {
    static func build(_ siteYAML: String, files: [String: String] = [:]) throws -> String {
        var all = files
        all["site.yml"] = siteYAML
        all["content/index.md"] = all["content/index.md"] ?? "Home.\n"
        return try TempSite(all).build().rendered
    }

    @Test func aCountryThatIsNotAnISOCodeIsAnErrorAtIt() throws {
        #expect(try Self.build("title: L\norganization:\n  name: Lab\n  address:\n    locality: Lyon\n    country: France\n") == """
            site.yml:6:14: error: 'France' is not a country code: give the two capital letters of ISO 3166, such as FR or DE
             6 |     country: France
               |              ^
            """)
    }

    @Test func anAddressNeedsACountryAndAnOrganizationAName() throws {
        #expect(try Self.build("title: L\norganization:\n  url: https://x.example/\n  address:\n    locality: Lyon\n") == """
            site.yml:3:3: error: 'organization' needs 'name'
             3 |   url: https://x.example/
               |   ^
            site.yml:5:5: error: 'organization.address' needs 'country', a two-letter ISO 3166 code such as FR
             5 |     locality: Lyon
               |     ^
            """)
    }

    @Test func aTypoInTheOrganizationIsAWarningAndAnUnsafeURLAnError() throws {
        #expect(try Self.build("title: L\nbase_url: https://l.example/\norganization:\n  name: Lab\n  adress: x\n") == """
            site.yml:5:3: warning: unknown key 'adress' in 'organization'; did you mean 'address'?
             5 |   adress: x
               |   ^
            """)
        #expect(try Self.build("title: L\nimage: javascript:alert(1)\n").hasPrefix("site.yml:2:8: error:"))
    }

    @Test func anUnknownEmploymentTypeIsAnErrorListingTheKnownOnes() throws {
        #expect(try Self.build("title: L\n", files: ["content/jobs/a.md": "---\ntitle: A\nemployment_type: fulltime\n---\n"]) == """
            content/jobs/a.md:3:18: error: unknown employment type 'fulltime'; expected one of: full-time, part-time, contractor, temporary, intern, volunteer, per-diem, other
             3 | employment_type: fulltime
               |                  ^
            """)
    }

    @Test func theSiteImageIsEveryPagesSharingImageUnlessThePageHasOne() throws {
        let site = try TempSite([
            "site.yml": "title: L\nbase_url: https://l.example/sub/\nimage: /img/card.png\nauthor:\n  name: A\n  avatar: /img/a.jpg\n",
            "content/index.md": "Home.\n", "content/teaching.md": "---\ntitle: Teaching\n---\nCourses.\n",
            "content/img/card.png": "card", "content/img/a.jpg": "portrait",
        ])
        #expect(site.build().diagnostics.isEmpty)
        #expect(site.page("teaching/index.html")?.contains(#"<meta property="og:image" content="https://l.example/sub/img/card.png">"#) == true)
        #expect(site.page("index.html")?.contains(#"<meta property="og:image" content="https://l.example/sub/img/a.jpg">"#) == true)
    }

    @Test func salaryFiguresAreReadOnlyWhenStatedPlainly() {
        func read(_ text: String) -> String? {
            SalaryFigure(parsing: text).map { "\($0.minimum)\($0.maximum.map { "-" + $0 } ?? "") \($0.currency) \($0.period.rawValue)" }
        }
        #expect(read("3,400 EUR gross per month") == "3400 EUR MONTH")
        #expect(read("€40,000–45,000 a year") == "40000-45000 EUR YEAR")
        #expect(read("USD 25.50 per hour") == "25.50 USD HOUR")
        #expect(read("£30 000 to £35 000 annually") == nil, "a plain space is not a thousands separator here: four numbers")
        #expect(read("£30,000 to £35,000 annually") == "30000-35000 GBP YEAR")
        #expect(read("about 3,000 EUR per month") == nil)
        #expect(read("3,000 EUR per month after tax") == nil)
        #expect(read("3,000 EUR net per month") == nil)
        #expect(read("3,000 per month") == nil, "no currency")
        #expect(read("3,000 EUR") == nil, "no period")
        #expect(read("3,000 EUR per month or 36,000 EUR per year") == nil, "two periods")
        #expect(read("3,400 EUR per month (step 2)") == nil, "a second number that is not a range")
        #expect(read("Doctoral contract, 2,100 EUR per month, from 2026") == nil)
        #expect(read("According to the scale") == nil)
    }
}
