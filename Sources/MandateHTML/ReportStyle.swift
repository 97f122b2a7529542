/// The report's stylesheet: for the screen, and for print (no search, each sheet on a page of its own).
enum ReportStyle {
    static let css = """
        :root { --ink: #222; --muted: #666; --line: #ddd; --mark: #f1c232; --error: #cc0000; --warning: #b45f06; --info: #1155cc; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", system-ui, sans-serif; color: var(--ink); margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
        header { border-bottom: 2px solid var(--line); margin-bottom: 1rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
        .meta { color: var(--muted); margin: .2rem 0 .8rem; }
        input[type=search] { font: inherit; padding: .4rem .6rem; width: 100%; max-width: 28rem; border: 1px solid #aaa; border-radius: .3rem; margin-bottom: 1rem; }
        ul.findings, ul.changes { padding-left: 0; list-style: none; }
        ul.findings li, ul.changes li { padding: .35rem .5rem; border-left: 4px solid var(--line); margin: .3rem 0; background: #fafafa; }
        li.error { border-color: var(--error); } li.warning { border-color: var(--warning); } li.info { border-color: var(--info); }
        .severity { font-weight: bold; text-transform: uppercase; font-size: .8rem; margin-right: .4rem; }
        li.error .severity { color: var(--error); } li.warning .severity { color: var(--warning); } li.info .severity { color: var(--info); }
        code { font-size: .85rem; color: var(--muted); }
        .location { color: var(--muted); font-size: .85rem; }
        .when { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: .3rem; white-space: nowrap; }
        figure.sheet { margin: 1rem 0; border: 1px solid var(--line); padding: .5rem; overflow-x: auto; }
        figure.sheet svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; margin-bottom: 1rem; } th, td { border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; vertical-align: top; }
        figure.sheet figcaption { color: var(--muted); font-size: .85rem; }
        svg g.node.highlight polygon, svg g.node.highlight path, svg g.node.highlight ellipse { stroke: var(--mark); stroke-width: 6px; }
        svg g.node.match polygon, svg g.node.match path { stroke: var(--info); stroke-width: 4px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
        article.card { border: 1px solid var(--line); border-radius: .4rem; padding: .8rem 1rem; scroll-margin-top: 1rem; }
        article.card.highlight { outline: 4px solid var(--mark); }
        dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; font-size: .92rem; }
        dt { color: var(--muted); } dd { margin: 0; } dd ul { margin: 0; padding-left: 1.1rem; }
        blockquote { margin: .6rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); color: #444; font-style: italic; font-size: .9rem; }
        table.summary { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
        table.summary th, table.summary td { border-bottom: 1px solid var(--line); padding: .2rem .8rem .2rem 0; text-align: left; }
        table.summary td.count { text-align: right; font-variant-numeric: tabular-nums; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; } input[type=search] { display: none; }
          h1, h2, h3, h4 { break-after: avoid; }
          section.diagram { break-before: page; }
          figure.sheet { border: none; padding: 0; overflow: visible; }
          figure.sheet + figure.sheet { break-before: page; }
          figure.sheet svg { max-height: 250mm; width: auto; max-width: 100%; }
          article.card, tr, li { break-inside: avoid; }
          a { color: inherit; text-decoration: none; } .highlight, .match { outline: none; }
        }
        """
}
