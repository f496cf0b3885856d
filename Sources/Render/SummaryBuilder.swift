import Links
import Models
import Site

/// Makes a page's summary: what lists show of it, and the base of its own `page` view.
///
/// It holds `SummaryInputs` and nothing else of the site, so a summary depends only on its
/// page and those inputs: what `ViewMemo` compares before reusing one.
struct SummaryBuilder: Sendable {
    let inputs: SummaryInputs
    private let models: ModelViewBuilder

    init(inputs: SummaryInputs) {
        self.inputs = inputs
        models = ModelViewBuilder(inputs: inputs)
    }

    func summary(of page: SitePage) -> [String: ViewValue] {
        var view: [String: ViewValue] = [
            "title": .text(page.title),
            "kind": .text(page.kind.rawValue),
            "url": .text(url(page.route)),
            "extra": YAMLViewValue.mapping(page.frontMatter.extra),
        ]
        // Formulas in a title are MathML on the page and in lists; `<title>` and feeds keep `title`.
        if let html = RenderedHTML(formulasIn: page.title, macros: inputs.mathMacros) { view["title_html"] = .html(html) }
        let modelDate: (date: ContentDate, precision: Publication.DatePrecision)?
        switch page.frontMatter.model {
        case .publication(let publication): modelDate = (publication.date, publication.datePrecision)
        case .talk(let talk): modelDate = (talk.date, talk.isYearOnly ? .year : .day)
        default: modelDate = nil
        }
        if let date = modelDate?.date ?? page.date {
            var dateView = DateFormatting.view(date)
            // A publication's or talk's date says what its source gave: `2024`, `March 2024` or `9 March 2024`.
            if let precision = modelDate?.precision, precision != .day {
                let month = DateFormatting.monthNames[date.month - 1]
                let monthOnly = precision == .month
                dateView["display"] = .text(monthOnly ? "\(month) \(date.year)" : String(date.year))
                dateView["datetime"] = .text(monthOnly ? String(date.isoDate.prefix(7)) : String(date.year))
            }
            view["date"] = .object(dateView)
        }
        if let description = page.frontMatter.description ?? page.body.summary { view["summary"] = .text(description) }
        if let source = page.sourcePath { view["source"] = .text(source) }
        if let model = models.view(of: page) { view[model.key] = model.value }
        // A news item without a title shows whole in lists, like a dated bullet.
        if page.role == .listedOnly { view["content"] = .html(RenderedHTML(page.body, basePath: inputs.basePath)) }
        return view
    }

    /// An internal URL with the base path, percent-encoded where a file name needs it.
    func url(_ route: String) -> String {
        inputs.basePath + PathEncoding.encode(route)
    }
}
