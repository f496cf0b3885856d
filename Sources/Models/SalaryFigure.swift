/// A salary read from an offer's `salary:` text only when the text states one plainly: one
/// amount or a range (`3,400 EUR gross per month`, `€40,000–45,000 a year`), one currency (an
/// ISO 4217 code or `€`, `$`, `£`) and one period. Hedged or net figures (`about`, `up to`,
/// `after tax`, `net`) and texts with other numbers give none: the page shows the text, and
/// JSON-LD claims nothing the text does not say.
public struct SalaryFigure: Sendable, Hashable {
    public enum Period: String, Sendable, Hashable {
        case hour = "HOUR", day = "DAY", week = "WEEK", month = "MONTH", year = "YEAR"
    }

    /// The amount, or the low end of a range, as written without separators (`3400`, `12.50`).
    public var minimum: String
    /// The high end of a range.
    public var maximum: String?
    /// ISO 4217: `EUR`.
    public var currency: String
    public var period: Period

    private static let symbols: [Character: String] = ["€": "EUR", "$": "USD", "£": "GBP"]
    private static let codes: Set<String> = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "CNY", "INR", "BRL", "NZD"]
    private static let hedges = ["about", "approx", "around", "circa", "up to", "from", "at least", "net", "after tax", "~", "+", "%"]
    private static let periods: [(words: [String], period: Period)] = [
        (["per hour", "an hour", "/hour", "/h", "hourly"], .hour),
        (["per day", "a day", "/day", "daily"], .day),
        (["per week", "a week", "/week", "weekly"], .week),
        (["per month", "a month", "/month", "monthly"], .month),
        (["per year", "a year", "/year", "per annum", "annually", "yearly"], .year),
    ]

    public init(minimum: String, maximum: String? = nil, currency: String, period: Period) {
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
        self.period = period
    }

    /// The figure `text` states plainly, or nil.
    public init?(parsing text: String) {
        let lower = text.lowercased()
        guard !Self.hedges.contains(where: lower.contains) else { return nil }
        let found = Self.periods.filter { $0.words.contains(where: lower.contains) }
        guard found.count == 1, let period = found.first?.period else { return nil }
        var currencies: Set<String> = []
        for (symbol, code) in Self.symbols where text.contains(symbol) { currencies.insert(code) }
        for word in text.split(whereSeparator: { !$0.isLetter }) where Self.codes.contains(String(word)) { currencies.insert(String(word)) }
        guard currencies.count == 1, let currency = currencies.first else { return nil }
        let amounts = Self.amounts(in: text)
        guard (1...2).contains(amounts.count) else { return nil }
        if amounts.count == 2 {
            // A range only when nothing but a dash or `to` (and a currency) stands between the two.
            let between = text[amounts[0].end..<amounts[1].start].filter { !$0.isWhitespace && !Self.symbols.keys.contains($0) }
            guard ["-", "–", "—", "to", currency].contains(where: { between == $0 || between == currency + $0 || between == $0 + currency }) else { return nil }
        }
        self.init(minimum: amounts[0].digits, maximum: amounts.count == 2 ? amounts[1].digits : nil, currency: currency, period: period)
    }

    /// The numbers of `text` with where they stand: digits with `,` (or a no-break space) between
    /// thousands and an optional `.` decimal part, separators removed.
    private static func amounts(in text: String) -> [(digits: String, start: String.Index, end: String.Index)] {
        var amounts: [(digits: String, start: String.Index, end: String.Index)] = []
        var digits = ""
        var start = text.startIndex
        var end = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let nextIsDigit = next < text.endIndex && text[next].isASCII && text[next].isNumber
            if character.isASCII, character.isNumber {
                if digits.isEmpty { start = index }
                digits.append(character)
                end = next
            } else if !digits.isEmpty, nextIsDigit, character == "," || character == "\u{202F}" || character == "\u{00A0}" {
                // a thousands separator: skipped
            } else if !digits.isEmpty, nextIsDigit, character == ".", !digits.contains(".") {
                digits.append(character)
            } else if !digits.isEmpty {
                amounts.append((digits, start, end))
                digits = ""
            }
            index = next
        }
        if !digits.isEmpty { amounts.append((digits, start, end)) }
        return amounts
    }
}
