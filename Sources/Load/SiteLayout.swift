/// Where a site keeps what it is built from, named once for the loader, the theme overlay, the
/// watcher, the output checks and the command line.
public enum SiteLayout {
    /// The settings file at the site's root.
    public static let configFile = "site.yml"
    /// Pages and the files copied beside them.
    public static let contentFolder = "content"
    /// The site's own templates, each over the built-in one of its name.
    public static let templatesFolder = "templates"
    /// The site's own assets, each over the built-in one of its path, written below `assets/`.
    public static let assetsFolder = "assets"
    /// The output folder inside the site folder when none is given.
    public static let defaultOutputFolder = "_site"

    /// The folders every build reads.
    public static let folders = [contentFolder, templatesFolder, assetsFolder]
    /// Everything every build reads: the folders and the settings file.
    public static let inputs = folders + [configFile]
}
