extension GraphvizRenderer {
    /// Lays out and renders every sheet with `engine`: for PDF one document with a page per sheet, each on
    /// its paper; for SVG, PNG (at `dpi`, default 96) and DOT one file's bytes per sheet.
    public func render(_ sheets: [Sheet], format: RenderFormat, engine: LayoutEngine = .dot, dpi: Int? = nil) throws(RenderError) -> [[UInt8]] {
        var files: [[UInt8]] = []
        for sheet in sheets {
            files.append(try render(dot: DOTWriter.write(sheet, dpi: format == .png ? dpi : nil), format: format, engine: engine))
        }
        guard format == .pdf else { return files }
        return [try PDFPages.join(files, papers: sheets.map(\.paper))]
    }
}
