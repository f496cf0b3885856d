import Links

/// What serve adds to every HTML page it sends, and only there: a script that listens to the
/// server's event stream and reloads the page (or, for a stylesheet change, only the
/// stylesheets), and, while the last rebuild failed, an overlay with its diagnostics.
/// `sitegen build` output never contains any of it.
enum LiveReload {
    static let eventsPath = RequestTarget.reservedPrefix + "events"
    static let scriptPath = RequestTarget.reservedPrefix + "live.js"

    /// Reloads when a build of another version than the page's is announced, also after a
    /// reconnect (the server restarted, or the laptop slept through an event).
    static let script = """
    (() => {
      "use strict";
      const tag = document.currentScript;
      let version = tag ? tag.dataset.version : "";
      const source = new EventSource("\(eventsPath)");
      source.addEventListener("hello", (event) => { if (event.data !== version) location.reload(); });
      source.addEventListener("reload", () => location.reload());
      source.addEventListener("css", (event) => {
        version = event.data;
        for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
          const url = new URL(link.href);
          url.searchParams.set("sitegen-reload", version);
          const fresh = link.cloneNode();
          fresh.href = url.href;
          fresh.addEventListener("load", () => link.remove(), { once: true });
          fresh.addEventListener("error", () => link.remove(), { once: true });
          link.after(fresh);
        }
      });
      document.addEventListener("click", (event) => {
        if (event.target instanceof Element && event.target.closest("#sitegen-overlay-close")) {
          document.getElementById("sitegen-overlay")?.remove();
        }
      });
    })();

    """

    /// `page` with the live-reload script, and the overlay when `failure` is given, inserted
    /// before the last `</body>` (or at the end of a page that has none).
    /// `siteShown` is false while no build has succeeded yet, so there is no last good version.
    static func inject(into page: [UInt8], version: Int, failure: String?, siteShown: Bool = true) -> [UInt8] {
        var insertion = "<script src=\"\(scriptPath)\" data-version=\"\(version)\"></script>\n"
        if let failure { insertion = overlay(failure, siteShown: siteShown) + insertion }
        let bytes = Array(insertion.utf8)
        guard let end = lastBodyEnd(in: page) else { return page + bytes }
        var result = page
        result.insert(contentsOf: bytes, at: end)
        return result
    }

    /// The overlay for a failed rebuild: the diagnostics as the terminal shows them.
    static func overlay(_ failure: String, siteShown: Bool) -> String {
        let note = siteShown
            ? "This is the last version that built; fix the file and the page reloads by itself."
            : "No version of the site has built yet; fix the file and the page loads by itself."
        return overlayMarkup(failure, note: note)
    }

    private static func overlayMarkup(_ failure: String, note: String) -> String {
        """
        <div id="sitegen-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        background:rgba(20,20,24,.86);color:#f4f4f5;font:15px/1.5 system-ui,sans-serif;padding:4vh 4vw;text-align:left">\
        <div style="max-width:62rem;margin:0 auto;background:#1c1c21;border:2px solid #f87171;border-radius:8px;padding:1.25rem 1.5rem">\
        <button type="button" id="sitegen-overlay-close" style="float:right;font:inherit;color:inherit;background:none;\
        border:1px solid #71717a;border-radius:4px;padding:.1rem .6rem;cursor:pointer">Close</button>\
        <p style="margin:0 0 .25rem;font-weight:700;color:#fca5a5;font-size:1.1rem">sitegen: the last rebuild failed</p>\
        <p style="margin:0 0 1rem">\(note)</p>\
        <pre style="margin:0;padding:.75rem 1rem;border:0;border-radius:4px;background:#0e0e11;color:#f4f4f5;\
        white-space:pre-wrap;overflow:auto;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace">\(HTMLEscaping.escape(failure))</pre>\
        </div></div>

        """
    }

    /// The offset of the last `</body` (any case) in `page`.
    private static func lastBodyEnd(in page: [UInt8]) -> Int? {
        let pattern = Array("</body".utf8)
        guard page.count >= pattern.count else { return nil }
        var start = page.count - pattern.count
        while start >= 0 {
            var matches = true
            for offset in 0..<pattern.count {
                let byte = page[start + offset]
                let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if lowered != pattern[offset] {
                    matches = false
                    break
                }
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }
}
