import Foundation
@testable import Markdown
import Testing

/// Liquid in Jekyll pages' bodies: which tags are found (none in code or formulas), what each
/// becomes, and where each is told.
@Suite struct LiquidTests {
    func rewritten(_ body: String) -> String? { LiquidRewrite.apply(to: body)?.text }

    func told(_ body: String) -> [String] {
        (LiquidRewrite.apply(to: body)?.notices ?? []).map { "\($0.line):\($0.column) \($0.message)" }
    }

    @Test func basePathOutputsBecomeNothingAndFilteredPathsTheirPath() {
        #expect(rewritten("[CV]({{ site.baseurl }}/files/cv.pdf)") == "[CV](/files/cv.pdf)")
        #expect(rewritten("<img src=\"{{base_path}}/images/me.png\">") == "<img src=\"/images/me.png\">")
        #expect(rewritten("{{ site.url }}{{ site.baseurl }}/x") == "/x")
        #expect(rewritten("{{- site.url | append: site.baseurl -}}/x") == "/x")
        #expect(rewritten("[s]({{ '/files/s.pdf' | relative_url }}) [t]({{ \"t.pdf\" | absolute_url }})") == "[s](/files/s.pdf) [t](/t.pdf)")
        #expect(rewritten("{{ 'https://x.org/a' | relative_url }}.") == ".")
    }

    @Test func otherTagsAreLeftOutAndWhatBlocksHoldStays() {
        #expect(rewritten("{% if site.x %}Shown{% endif %} and {{ site.title }}.") == "Shown and .")
        #expect(rewritten("A {% include video.html\n   id=3 %} B") == "A \n B", "the tag's line break stays")
        #expect(rewritten("{% include a.html\n  b=1\n  c=2 %}.") == "\n\n.")
        #expect(rewritten("{% raw %}{{ kept }} {% if %}{% endraw %}") == "{{ kept }} {% if %}")
        #expect(rewritten("A{% comment %}\nhidden {{ x }}\n{% endcomment %}B") == "A\n\nB")
    }

    @Test func eachTagIsToldAtItsPlace() {
        let body = "Intro é {{ site.baseurl }}\n\n{% include a.html %}{% raw %}{{ x }}{% endraw %}\n{% comment %}{{ y }}{% endcomment %}"
        #expect(told(body) == [
            "1:9 Liquid is not run by sitegen: {{ site.baseurl }} is read as the site's base path, which sitegen puts before root-relative links itself; `sitegen import` rewrites the common ones",
            "3:1 Liquid is not run by sitegen: {% include a.html %} is left out of the page; `sitegen import` rewrites the common ones",
        ])
        let long = "{% include " + String(repeating: "x", count: 80) + " %}"
        #expect(told(long).first?.contains(": {% include " + String(repeating: "x", count: 48) + "… is left out") == true)
    }

    @Test func codeFormulasAndTextThatOnlyLooksLikeLiquidAreLeftAlone() {
        for body in [
            "`{{ x }}` and ``a ` {% y %}``",
            "```\n{{ x }}\n```",
            "   ~~~~ liquid\n{% if %}\n~~~\n~~~~",
            "```\n{{ never closed }}",
            "$\\frac{{a}}{b}$ and $${{x}}$$",
            "{{2}} {{ }} {{ -1 }} {%%}",
            "{{ x\n\ny }}",
            "{% if\n\n%}",
        ] {
            #expect(rewritten(body) == nil, "\(body)")
        }
        #expect(rewritten("\\`{{ x }}`") == "\\``", "an escaped backtick opens no code span")
        #expect(rewritten("- item\n\n  ```\n  {{ x }}\n  ```\n{{ y }}") == "- item\n\n  ```\n  {{ x }}\n  ```\n")
    }

    @Test func randomBodiesKeepTheirLinesAndNeverCrash() {
        var generator = SplitMix64(seed: 0x11C2D)
        let alphabet = Array("{}%`~$ \n\\-'|abxy.é")
        let cases = Int(ProcessInfo.processInfo.environment["SITEGEN_LIQUID_FUZZ_CASES"] ?? "") ?? 20_000
        for _ in 0..<cases {
            let length = Int.random(in: 0...60, using: &generator)
            let body = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            guard let result = LiquidRewrite.apply(to: body) else { continue }
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(result.text.split(separator: "\n", omittingEmptySubsequences: false).count == lines, "\(body.debugDescription)")
            for notice in result.notices {
                #expect(notice.line >= 1 && notice.line <= lines && notice.column >= 1, "\(body.debugDescription)")
            }
        }
    }
}
