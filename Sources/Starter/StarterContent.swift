import YAML

/// The sample pages of a new site, one of each kind that has a list: each shows the keys of its
/// kind and says where to read about the others. Dated from the day the site is made, and
/// complete enough that no build date makes a warning (a dated session, an abstract for Google
/// Scholar, a posting date and an employer for the job offer).
struct StarterContent {
    let starter: SiteStarter

    var homePage: String {
        """
        ---
        title: Home
        ---

        Welcome to the home page of \(StarterQuoting.markdown(starter.title)). Replace this text with a few
        paragraphs about your work: what you study, where, and with whom.

        Pages are Markdown: **bold**, *italics*, [links](https://example.org/), lists, tables and
        formulas such as $e^{i\\pi} + 1 = 0$. The profile beside this text comes from `author:` in
        `site.yml`, and the paper below from `content/publications.bib`, where it is marked `selected`.

        """
    }

    var newsItem: String {
        """
        ---
        title: "The new site is online"
        ---
        This site is made with sitegen. A news item is a file in `content/news/` whose name starts with
        its date; without a `title`, it is shown whole in the lists, like a dated line.

        """
    }

    var bibliography: String {
        """
        % Your publications, as BibTeX: paste your own entries (from your LaTeX work, Zotero, JabRef,
        % Google Scholar or DBLP) and remove this one. Each entry gets a page at /publications/KEY/.
        % Google Scholar indexes a paper's page when it has an abstract, or its PDF: put KEY.pdf beside
        % this file.

        @article{example\(starter.today.year),
          author   = {\(StarterQuoting.bibTeX(starter.author)) and Colleague, Ann},
          title    = {A first paper, to be replaced by one of yours},
          journal  = {Journal of Examples},
          year     = \(starter.today.year),
          abstract = {What the paper shows, in a few sentences. Google Scholar reads this abstract, and
                      the paper's page shows it.},
          selected = {true},
        }

        """
    }

    var seminarSession: String {
        """
        ---
        series: "Group seminar"
        time: "14:00"
        location: "Room 101"
        talks:
          - title: "A first talk, to be replaced by the next one of your seminar"
            speaker: "Ann Colleague"
            affiliation: "Example University"
            abstract: "A session is a file in content/seminars/ whose name starts with its date. Until that day it is listed as upcoming, then as past."
        ---

        """
    }

    var jobOffer: String {
        """
        ---
        title: "PhD position in my group"
        position: phd
        employment_type: full-time
        date: \(starter.today.isoDate)
        deadline: \(starter.deadline.isoDate)
        location: "Your city"
        duration: "3 years"
        contacts:
          - name: \(YAMLQuoting.quoted(starter.author))
        how_to_apply: "Send a CV and a letter of motivation by e-mail."
        ---
        Describe the project and the profile you are looking for. The offer is listed as open until the
        end of its `deadline`, then marked closed; remove the file when the position is filled.

        """
    }
}
