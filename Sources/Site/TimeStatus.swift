import Models

/// Where a page stands on the build day, for the pages whose models are bound to time:
/// seminar sessions and talks given are upcoming or past, job offers open or closed. Decided once, at assembly,
/// so that lists and every other output read the same answer.
public enum TimeStatus: Sendable, Hashable {
    case upcoming
    case past
    case open
    case closed

    /// The rules about time, all of them. nil for models that time does not change.
    public init?(of model: PageModel, on day: BuildDay) {
        switch model {
        case .seminar(let session):
            // A session without a date is "to be announced": still to come.
            self = session.date.map(day.hasNotPassed) ?? true ? .upcoming : .past
        case .talk(let talk):
            // The seminars' rule: a talk given on the build day is still to come.
            self = day.hasNotPassed(talk.date) ? .upcoming : .past
        case .job(let offer):
            // Open until the end of the deadline day; without a deadline, open.
            self = offer.deadline.map(day.hasNotPassed) ?? true ? .open : .closed
        case .home, .news, .publication, .publicationEnrichment, .phdProject, .page:
            return nil
        }
    }
}
