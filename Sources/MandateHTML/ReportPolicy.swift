/// The content security policy of the report's pages, in one place for the page's `<meta>` and the live view's
/// header: nothing fetched, styles and script inline, images as data; a live page may also fetch from its own
/// server (its event stream and its next version).
public enum ReportPolicy {
    /// The policy of a page, live or not.
    public static func contentSecurity(live: Bool) -> String {
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:" + (live ? "; connect-src 'self'" : "")
    }
}
