import Foundation
@testable import TeXMath

/// The MathML between `<semantics>` and `<annotation>` of one formula converted alone.
func body(_ tex: String, display: Bool = false, macros: MathMacros = .none) -> String {
    var page = MathPage(macros: macros)
    page.add(tex, display: display)
    return stripped(page.render()[0].html)
}

/// The MathML inside `<semantics>`, without the annotation; an error's HTML as it is.
func stripped(_ html: String) -> String {
    guard let start = html.range(of: "<semantics>"), let end = html.range(of: "<annotation") else { return html }
    return String(html[start.upperBound..<end.lowerBound])
}

/// The problems of one formula converted alone.
func problems(_ tex: String, display: Bool = false) -> [MathProblem] {
    var page = MathPage(macros: .none)
    page.add(tex, display: display)
    return page.render()[0].problems
}
