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
    static func view(_ date: ContentDate) -> [String: Any] {
        var view: [String: Any] = [
            "datetime": date.isoDateTime, "iso": date.isoDate, "display": long(date),
            "year": String(date.year), "month": monthNames[date.month - 1],
        ]
        if let time = time(date) { view["time"] = time }
        return view
    }
}
