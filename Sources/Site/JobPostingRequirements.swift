import Diagnostics
import Models

/// What an open job offer needs for Google's `JobPosting` markup, and the warning when it lacks
/// some: without it the page is still built, with no markup (Google penalises incomplete ones).
public enum JobPostingRequirements {
    /// The missing items, as the warning names them; empty when the markup can be made.
    public static func missing(offer: JobOffer, date: ContentDate?, organization: Organization?) -> [String] {
        var missing: [String] = []
        if date == nil { missing.append("a 'date' (the day it was posted)") }
        if organization == nil {
            missing.append("'organization:' in site.yml (the employer)")
        } else if organization?.address == nil {
            missing.append("'organization.address' in site.yml (where the job is, with its country)")
        }
        return missing
    }

    /// The warning for an open offer that cannot have the markup.
    static func warning(for page: SitePage, organization: Organization?) -> Diagnostic? {
        guard page.role == .content, page.timeStatus == .open, case .job(let offer) = page.frontMatter.model else { return nil }
        let missing = missing(offer: offer, date: page.date, organization: organization)
        guard !missing.isEmpty else { return nil }
        let anchor = page.anchors["file"]
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
        return .warning(
            "this open job offer has no JobPosting markup for Google, as it needs \(list)",
            at: anchor?.location ?? page.sourcePath.map(SourceLocation.start(of:)), sourceLine: anchor?.line)
    }
}
