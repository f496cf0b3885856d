import Testing

/// Template syntax errors whose swift-mustache text meant nothing to a site's author.
@Suite struct TemplateSyntaxTests {
    func rendered(_ template: String) throws -> String {
        let site = try TempSite(["templates/page.mustache": template, "content/index.md": "x\n"])
        return site.build().rendered
    }

    @Test func tagOpenAtTheEndOfTheFileIsPositionedAtItsOpening() throws {
        #expect(try rendered("<main>\n<h1>{{page.title") == """
            templates/page.mustache:2:5: error: template syntax: a tag is not closed at the end of the file (missing '}}')
             2 | <h1>{{page.title
               |     ^
            """)
    }

    @Test(arguments: ["<p>{{{page.content", "<p>{{! a comment", "<p>{{>"])
    func anyTagOpenAtTheEndIsNamed(template: String) throws {
        #expect(try rendered(template) == """
            templates/page.mustache:1:4: error: template syntax: a tag is not closed at the end of the file (missing '}}')
             1 | \(template)
               |    ^
            """)
    }

    /// With other delimiters the opening cannot be found: the end of the file is shown.
    @Test func unclosedTagAfterNewDelimitersIsShownAtTheEnd() throws {
        #expect(try rendered("{{=<% %>=}}\n<%page.title") == """
            templates/page.mustache:2:13: error: template syntax: a tag is not closed at the end of the file (missing '}}')
             2 | <%page.title
               |             ^
            """)
    }

    @Test func unknownPragmaSaysWhichOneExists() throws {
        #expect(try rendered("{{% CONTENT_TYPE: PDF}}\n") == """
            templates/page.mustache:1:24: error: template syntax: unknown pragma (the only one is '{{% CONTENT_TYPE: HTML}}' or TEXT)
             1 | {{% CONTENT_TYPE: PDF}}
               |                        ^
            """)
    }

    /// swift-mustache calls this an unfinished name; the tag is usually closed, with a second word in it.
    @Test func tagWithTwoWordsSaysWhatATagHolds() throws {
        #expect(try rendered("<h1>{{page title}}</h1>\n") == """
            templates/page.mustache:1:12: error: template syntax: expected the end of the tag here ('}}', or '}}}' after '{{{'): a tag holds one name, like '{{page.title}}'
             1 | <h1>{{page title}}</h1>
               |            ^
            """)
    }

    @Test func pragmaWithoutValueSaysWhatAPragmaLooksLike() throws {
        #expect(try rendered("{{% CONTENT_TYPE }}\n") == """
            templates/page.mustache:1:18: error: template syntax: invalid pragma tag (expected '{{% NAME: value}}')
             1 | {{% CONTENT_TYPE }}
               |                  ^
            """)
    }
}
