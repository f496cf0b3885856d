import Models

/// Dates as readers see them: `9 March 2024`, `March 2024`.
enum DateFormatting {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func long(_ date: ContentDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    static func time(_ date: ContentDate) -> String? {
        guard let hour = date.hour, let minute = date.minute else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// The view of a date: `datetime` for `<time datetime=…>`, `display` for people, `year` for grouping.
    static func view(_ date: ContentDate) -> [String: ViewValue] {
        var view: [String: ViewValue] = [
            "datetime": .text(date.isoDateTime), "iso": .text(date.isoDate), "display": .text(long(date)),
            "year": .text(String(date.year)), "month": .text(monthNames[date.month - 1]),
        ]
        if let time = time(date) { view["time"] = .text(time) }
        return view
    }
}
