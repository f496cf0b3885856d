/// The new site's `README.md`, for its owner: how to preview, build and publish the site, and
/// where the reference of every key is.
enum OwnerReadmeTemplate {
    static func text(for starter: SiteStarter) -> String {
        """
        # \(StarterQuoting.markdown(starter.title))

        The source of a website made with [sitegen](https://github.com/sitegen/sitegen), a static site
        generator for academics.

        - `site.yml`: the settings (title, address, your profile, the menu…). Every key is listed there,
          the unused ones commented out.
        - `content/`: one Markdown file per page. `index.md` is the home page; `news/`, `seminars/` and
          `jobs/` hold one file per item; `publications.bib` is your BibTeX file as it is. Another
          `.md` file, such as `content/teaching.md`, becomes a page at `/teaching/`.
        - `templates/` and `assets/` (optional): your own versions of the theme's files.

        ## Preview

        ```sh
        sitegen serve
        ```

        then open `http://127.0.0.1:8000/`: each saved change shows in the browser by itself.
        `sitegen build` writes the site into `_site/`; serve that folder with any static file server
        (opened from the disk, `_site/index.html` finds neither its stylesheet nor its links).

        Before you publish, `sitegen check` reports broken links and anchors, missing images and
        alt texts, and pages no link reaches, each at the line that made it; `sitegen check
        --external` also asks the web pages you link to.

        ## Publish on GitHub Pages

        1. Put this folder in a GitHub repository: one named `USER.github.io` is published at
           `https://USER.github.io/`, any other name `REPO` at `https://USER.github.io/REPO/`.
        2. In the repository, choose **Settings → Pages → Build and deployment → Source: GitHub Actions**.
        3. Push to `main`. The workflow `.github/workflows/pages.yml` builds the site and publishes it,
           and again every day, so that seminars and job offers move on with the calendar. It passes the
           site's address to sitegen, so `base_url` in `site.yml` matters only on your computer.

        The workflow runs sitegen with the line `uses: sitegen/sitegen@v1`: that is the address of
        sitegen's GitHub Action, which installs sitegen and builds the site. Leave it as it is; no Swift
        toolchain is needed in this repository.

        ## Reference

        sitegen's README describes every key of `site.yml` (section "`site.yml`"), the front matter of
        each kind of page ("The page models"), BibTeX files ("Publications from BibTeX") and the
        command line (`sitegen --help`, `sitegen build --help`).

        """
    }
}
