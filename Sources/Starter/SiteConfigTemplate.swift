import YAML

/// The new site's `site.yml`: every key sitegen reads, each with a one-line comment. The keys the
/// starter content needs are set; the others are commented out, ready to be switched on.
enum SiteConfigTemplate {
    static func text(for starter: SiteStarter) -> String {
        """
        # The settings of this site. Every key sitegen reads is listed; a line that starts with "#"
        # is switched off: remove the "# " to use it. The reference is the "site.yml" section of
        # sitegen's README.

        title: \(YAMLQuoting.quoted(starter.title))
        # Where the site is published. On GitHub Pages the workflow passes the site's real address,
        # so this one matters only for builds on your computer; it needs a host (https://…) for the
        # sitemap, the feeds and the calendars.
        base_url: \(YAMLQuoting.quoted(starter.baseURL))
        # description: "What you work on, in one sentence."      # the home page's <meta name="description">
        # language: en                                            # the language of the pages (default en)
        author:                                                   # the profile on the home page
          name: \(YAMLQuoting.quoted(starter.author))
          # role: "Associate Professor"                           # your position
          # affiliation: "University of Somewhere"                # your institution
          # email: "you@example.org"                              # shown as "you [at] example.org", not as a link
          # avatar: /assets/images/you.jpg                        # your picture, put in assets/images/
          # links:                                                # or a list of {label, url}
          #   ORCID: "https://orcid.org/0000-0000-0000-0000"
          #   Google Scholar: "https://scholar.google.com/citations?user=…"
        # owner_names: [\(YAMLQuoting.quoted(starter.author)), "Y. Name"]  # your name as author lists spell it, in bold (default: author.name)
        # menu:                                                   # the navigation, in this order; without it, made
        #   - {title: Home, url: /}                               # from the sections and top-level pages; [] for none
        #   - {title: News, url: /news/}
        #   - {title: Publications, url: /publications/}
        # The employer and place of job offers, and the place of seminars. An open job offer needs
        # the name and the address's country for Google's job search: keep this while you have one.
        organization:
          name: "Your institute"                                  # the lab or institution
          # url: "https://example.org/institute"                  # its website
          address:
            # street: "1 Main Street"
            locality: "Your city"
            # region: "Your region"
            # postal_code: "00000"
            country: FR                                           # your country: two capital letters of ISO 3166 (FR, DE, GB, US…)
        # timezone: Europe/Paris                                  # IANA name; the zone of seminar times (default UTC)
        # feed_limit: 20                                          # entries per Atom feed (default 20)
        # image: /assets/images/card.png                          # the picture of sharing previews for pages without one
        # raw_html: keep                                          # raw HTML in Markdown: keep (default), sanitize or escape
        # bibliography: [refs/mine.bib]                           # more .bib files, relative to the site folder
        # publications: {group_by: year, name_style: first-last}  # or group_by type, "type,year"; type_order: [journal, …]
        # max_authors: 10                                         # cut longer author lists ("and N more")
        # coauthors:                                              # co-authors' names linked in author lists
        #   Ann Colleague: "https://example.org/colleague"
        # math_macros: '\\newcommand{\\R}{\\mathbb{R}}'            # TeX macros for every formula
        # lab_motto: "anything else"                              # any other key is kept for templates, as site.extra.lab_motto

        """
    }
}
