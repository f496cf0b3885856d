/// An `http` or `https` URL of another site (without its fragment), and every place a page uses it.
public struct ExternalReference: Sendable, Hashable {
    public struct Use: Sendable, Hashable {
        /// The output page (`news/a/index.html`).
        public var page: String
        public var reference: PageReference

        public init(page: String, reference: PageReference) {
            self.page = page
            self.reference = reference
        }
    }

    public var url: String
    public var uses: [Use] = []

    public init(url: String, uses: [Use] = []) {
        self.url = url
        self.uses = uses
    }
}
