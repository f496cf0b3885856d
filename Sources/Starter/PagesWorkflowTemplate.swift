/// The new site's `.github/workflows/pages.yml`: builds the site with sitegen's GitHub Action and
/// publishes it on GitHub Pages, on each push to main, by hand, and daily.
enum PagesWorkflowTemplate {
    static let text = """
        # Builds the site with sitegen and publishes it on GitHub Pages.
        #
        # One-time setup: Settings → Pages → Build and deployment → Source: "GitHub Actions".
        # After that every push to main (or a manual run from the Actions tab) publishes the site.
        name: Publish site to GitHub Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:
          # Rebuild daily, so that seminars move from upcoming to past and job offers
          # close on their deadline without a push.
          schedule:
            - cron: "23 4 * * *"

        # Least privilege: read-only by default; each job asks only for what it needs.
        permissions:
          contents: read

        # One deployment at a time; a run already deploying is allowed to finish.
        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            timeout-minutes: 30
            permissions:
              contents: read # actions/checkout
              pages: read # actions/configure-pages reads the site's address
            steps:
              - name: Check out
                uses: actions/checkout@v7

              - name: Read Pages settings
                id: pages
                uses: actions/configure-pages@v6

              # sitegen's action: installs sitegen and runs `sitegen build` into _site/.
              - name: Build site
                uses: sitegen/sitegen@v1
                with:
                  # The site's address from GitHub (https://USER.github.io/REPO, or the custom domain).
                  base-url: ${{ steps.pages.outputs.base_url }}/

              - name: Upload Pages artifact
                uses: actions/upload-pages-artifact@v5
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            timeout-minutes: 15
            permissions:
              pages: write # create the Pages deployment
              id-token: write # OIDC token that proves the deployment comes from this workflow
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Deploy to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v5

        """
}
