/// Divides a view into sheets by its structure: everything on one sheet if it fits the paper at a legible
/// scale; otherwise the top levels, with the bodies at the deepest level that lets them fit folded into
/// summary boxes, each drawn on a sheet of its own, and so on down. Children too many for one sheet run on
/// over several, under a repeated top; trees too many for one sheet go on several. Trees stand side by side
/// in rows, and small sheets share a page with earlier ones where they fit.
///
/// Sizes are estimated from the labels (``BodyLabel``) and the gaps dot leaves, with leaves stacked as
/// ``LeafStack`` stacks them.
struct SheetPlanner {
    /// A planned sheet: the trees it draws, and the bodies it draws folded.
    struct Plan {
        var parts: [SheetPart]
        var folded: Set<Int>
        /// How far the estimates were tightened for it (1: not at all); rows wrap that much narrower.
        var slack: Double = 1
        /// The page it was laid out on and found to fit.
        var paper: PageSize?
    }

    let tree: ReportingTree
    let boxes: [Int: PageSize]
    let organisations: [Int: String]
    let options: SheetOptions
    /// Height taken by the title and the legend, in points.
    let chrome: Double
    /// Bodies folded by hand (``SheetOptions/collapseBelow``).
    let foldedByHand: Set<Int>
    /// The natural size Graphviz gives a sheet of these parts with these bodies folded, title and legend
    /// included. Estimates choose; this checks each choice, and the planner folds more where it fails.
    let measure: (SheetPlanner, Plan, PageSize) -> PageSize?

    /// Every sheet, the roots' first, each subtree's sheets after the sheet that folds it.
    func plan() -> [Plan] {
        pack(plan(tree.roots.map { SheetPart(top: $0, children: tree.children[$0] ?? []) }))
    }

    /// The sheets for `parts`: estimates scaled by `slack` must fit, and the sheet Graphviz lays out must
    /// fit too; where it does not, the estimates are tightened and the parts planned again.
    private func plan(_ parts: [SheetPart], slack: Double = 1) -> [Plan] {
        let byHand = foldedByHand.intersection(parts.flatMap { drawn($0, folded: []) }).subtracting(parts.map(\.top))
        let candidates = foldable(parts, folded: byHand)
        guard fits(parts, folded: byHand.union(candidates), slack: slack) else { return divide(parts, slack: slack) }
        // Show as many whole levels as fit: fold the bodies with children at the deepest level that works.
        let depths = self.depths(below: parts)
        var folded = byHand.union(candidates)
        for level in Set(candidates.compactMap { depths[$0] }).sorted(by: >) {
            let trial = byHand.union(candidates.filter { depths[$0] == level })
            if fits(parts, folded: trial, slack: slack) {
                folded = trial
                break
            }
        }
        // Then unfold the smallest folded subtrees that still fit, so that few sheets hold only a few boxes.
        for body in folded.subtracting(byHand).sorted(by: { (tree.descendantCount(of: $0), $0) < (tree.descendantCount(of: $1), $1) }) {
            var trial = folded
            trial.remove(body)
            if fits(parts, folded: trial, slack: slack) { folded = trial }
        }
        var sheet = Plan(parts: parts, folded: folded, slack: slack)
        sheet.paper = measuredPage(sheet)
        if slack > Self.smallestSlack, !options.pages.isEmpty, sheet.paper == nil { return plan(parts, slack: slack * 0.85) }
        return withSubsheets(sheet)
    }

    /// The sheet, then the sheets of each body it draws folded.
    private func withSubsheets(_ sheet: Plan) -> [Plan] {
        var plans = [sheet]
        for body in sheet.parts.flatMap({ drawn($0, folded: sheet.folded) }) where sheet.folded.contains(body) {
            plans += plan([SheetPart(top: body, children: tree.children[body] ?? [])])
        }
        return plans
    }

    /// How far the estimates are tightened before a sheet is accepted as Graphviz draws it.
    private static let smallestSlack = 0.4

    /// Trees that do not fit together even with everything folded: a sheet for each group of them that does;
    /// one tree whose children do not fit: its children run over several sheets.
    private func divide(_ parts: [SheetPart], slack: Double) -> [Plan] {
        if parts.count > 1 {
            var plans: [Plan] = []
            var group: [SheetPart] = []
            for part in parts {
                if !group.isEmpty, !fits(group + [part], folded: foldable(group + [part], folded: []), slack: slack) {
                    plans += plan(group, slack: slack)
                    group = []
                }
                group.append(part)
            }
            return plans + (group.count == parts.count ? parts.flatMap { plan([$0], slack: slack) } : plan(group, slack: slack))
        }
        let part = parts[0]
        // One top with one child that does not fit even folded (a name of thousands of characters): drawn as it
        // is, too small to read, rather than left out.
        guard part.children.count > 1 else { return withSubsheets(Plan(parts: parts, folded: foldable(parts, folded: []))) }
        var plans: [Plan] = []
        var start = 0
        while start < part.children.count {
            var end = start + 1
            while end < part.children.count {
                let trial = [SheetPart(top: part.top, children: Array(part.children[start...end]))]
                if !fits(trial, folded: foldable(trial, folded: []), slack: slack) { break }
                end += 1
            }
            plans += plan([SheetPart(top: part.top, children: Array(part.children[start..<end]))], slack: slack)
            start = end
        }
        return plans
    }

    /// Puts each sheet with the first earlier sheet that it fits with as estimated, unless that sheet draws
    /// one of its tops folded; then lays out each sheet so filled, and takes apart again any that does not fit.
    /// A sheet taken out goes with the first other sheet it fits with as laid out, else stays on its own.
    private func pack(_ plans: [Plan]) -> [Plan] {
        var packed: [Plan] = []
        var left: [Plan] = []
        for group in groups(plans) {
            let (sheet, rest) = verified(group)
            packed.append(sheet)
            left += rest
        }
        // Sheets taken apart are packed again among themselves; those still alone try the sheets already packed.
        var alone: [Plan] = []
        for group in groups(left) {
            guard group.count > 1 else {
                alone += group
                continue
            }
            let (sheet, rest) = verified(group)
            packed.append(sheet)
            alone += rest
        }
        left = alone
        for plan in left {
            var placed = false
            // A sheet that would be mostly empty on its own tries harder to share a page.
            let tries = isSmall(plan) ? 8 : 2
            for index in packed.indices.filter({ joins(plan, packed[$0]) }).prefix(tries) {
                var merged = Self.merged([packed[index], plan])
                merged.paper = measuredPage(merged)
                if merged.paper != nil {
                    packed[index] = merged
                    placed = true
                    break
                }
            }
            if !placed { packed.append(plan) }
        }
        return packed
    }

    /// Plans in groups that fit a sheet together as estimated: each joins the first group it fits, unless the
    /// group draws one of its tops folded.
    private func groups(_ plans: [Plan]) -> [[Plan]] {
        // Each tree's size on each page, once: a tree's size does not change when it shares a sheet.
        var sizes: [SheetPart: [(PageSize, Int)]] = [:]
        for plan in plans { for part in plan.parts { sizes[part] = options.pages.map { extent(part, folded: plan.folded, page: $0) } } }
        var groups: [[Plan]] = []
        for plan in plans {
            let tops = plan.parts.map(\.top)
            let index = groups.indices.first { index in
                let parts = groups[index].flatMap(\.parts) + plan.parts
                let slack = min(plan.slack, groups[index].map(\.slack).min() ?? 1)
                return groups[index].allSatisfy { $0.folded.isDisjoint(with: tops) }
                    && options.pages.indices.contains { page in
                        options.fits(arrange(parts.map { sizes[$0]![page] }, on: options.pages[page], slack: slack).size.enlarged(by: slack),
                                     on: options.pages[page])
                    }
            }
            if let index { groups[index].append(plan) } else { groups.append([plan]) }
        }
        return groups
    }

    /// Whether the plan's drawing would cover less than a third of its page, as estimated.
    private func isSmall(_ plan: Plan) -> Bool {
        guard let page = page(for: plan.parts, folded: plan.folded, fittingOnly: false, slack: plan.slack) else { return false }
        let size = layout(plan.parts, folded: plan.folded, on: page, slack: plan.slack).size
        return size.width * size.height * SheetOptions.minimumScale * SheetOptions.minimumScale < page.width * page.height / 3
    }

    /// Whether `plan` may go on `sheet`, as estimated.
    private func joins(_ plan: Plan, _ sheet: Plan) -> Bool {
        let merged = Self.merged([sheet, plan])
        return sheet.folded.isDisjoint(with: plan.parts.map(\.top)) && fits(merged.parts, folded: merged.folded, slack: merged.slack)
    }

    /// The sheets of a group as one sheet, if it fits as laid out; else the group without its last sheets, and
    /// those sheets.
    private func verified(_ group: [Plan]) -> (sheet: Plan, out: [Plan]) {
        guard group.count > 1 else { return (group[0], []) }
        var merged = Self.merged(group)
        merged.paper = measuredPage(merged)
        if merged.paper != nil { return (merged, []) }
        let (sheet, out) = verified(Array(group.dropLast()))
        return (sheet, out + [group[group.count - 1]])
    }

    /// Several sheets' parts on one sheet.
    private static func merged(_ plans: [Plan]) -> Plan {
        Plan(parts: plans.flatMap(\.parts), folded: plans.reduce(into: Set<Int>()) { $0.formUnion($1.folded) },
             slack: plans.map(\.slack).min() ?? 1)
    }

    // MARK: Sizes

    /// Whether the estimated size of `parts`, enlarged by 1 / `slack`, fits a page legibly.
    private func fits(_ parts: [SheetPart], folded: Set<Int>, slack: Double) -> Bool {
        options.pages.isEmpty || page(for: parts, folded: folded, fittingOnly: true, slack: slack) != nil
    }

    /// The page on which the sheet fits legibly, as Graphviz lays it out on that page: the page the estimates
    /// prefer, else another the estimates fit. A sheet of one tree estimated at no more than ``comfortable`` of
    /// a page is taken without a layout: the estimates of one tree have not erred by that much (those of trees
    /// in rows have). `nil` when it fits none, or without paper.
    private func measuredPage(_ plan: Plan) -> PageSize? {
        guard let preferred = page(for: plan.parts, folded: plan.folded, fittingOnly: true, slack: plan.slack) else { return nil }
        if plan.parts.count == 1, fits(plan.parts, folded: plan.folded, slack: plan.slack * Self.comfortable) { return preferred }
        for page in [preferred] + options.pages.filter({ $0 != preferred }) {
            let estimate = layout(plan.parts, folded: plan.folded, on: page, slack: plan.slack).size
            guard options.fits(PageSize(width: estimate.width / plan.slack, height: estimate.height / plan.slack), on: page) else { continue }
            guard let size = measure(self, plan, page) else { return page }
            if options.fits(size, on: page) { return page }
        }
        return nil
    }

    /// The share of a page up to which an estimate is trusted without a layout.
    private static let comfortable = 0.8

    /// The page on which `parts` are drawn largest; with `fittingOnly`, only among those they fit legibly.
    func page(for parts: [SheetPart], folded: Set<Int>, fittingOnly: Bool, slack: Double = 1) -> PageSize? {
        let sized = options.pages.map { page in
            let size = layout(parts, folded: folded, on: page, slack: slack).size
            return (page, size.enlarged(by: slack))
        }
        let candidates = fittingOnly ? sized.filter { options.fits($0.1, on: $0.0) } : sized
        return candidates.max { options.scale(of: $0.1, on: $0.0) < options.scale(of: $1.1, on: $1.0) }?.0
    }

    /// The parts in rows as wide as `page` allows at the smallest legible scale, narrowed by `slack` (one
    /// row without paper).
    func layout(_ parts: [SheetPart], folded: Set<Int>, on page: PageSize?, slack: Double = 1) -> SheetLayout {
        arrange(parts.map { extent($0, folded: folded, page: page) }, on: page, slack: slack)
    }

    /// Trees of these sizes and depths in rows, as ``layout(_:folded:on:slack:)`` puts them.
    private func arrange(_ extents: [(PageSize, Int)], on page: PageSize?, slack: Double) -> SheetLayout {
        let limit = page.map { ($0.width - 2 * SheetOptions.margin) / SheetOptions.minimumScale * slack } ?? .infinity
        var layout = SheetLayout(rows: [], rowRanks: [], size: PageSize(width: 0, height: 0))
        var rowWidth = 0.0
        var rowHeight = 0.0
        func closeRow() {
            layout.size.width = max(layout.size.width, rowWidth)
            layout.size.height += rowHeight + (layout.rows.count > 1 ? 2 * LeafStack.rankGap : 0)
        }
        for (index, (size, ranks)) in extents.enumerated() {
            if layout.rows.isEmpty || rowWidth + LeafStack.nodeGap + size.width > limit / 1.05 {
                if !layout.rows.isEmpty { closeRow() }
                layout.rows.append([])
                layout.rowRanks.append(0)
                rowWidth = size.width
                rowHeight = size.height
            } else {
                rowWidth += LeafStack.nodeGap + size.width
                rowHeight = max(rowHeight, size.height)
            }
            layout.rows[layout.rows.count - 1].append(index)
            layout.rowRanks[layout.rows.count - 1] = max(layout.rowRanks[layout.rows.count - 1], ranks)
        }
        closeRow()
        // Organisation outlines and dot's looser packing take some room the estimate does not see.
        layout.size = PageSize(width: layout.size.width * 1.05 + 16, height: layout.size.height * 1.03 + chrome)
        return layout
    }

    /// A part's size and how many ranks it takes.
    private func extent(_ part: SheetPart, folded: Set<Int>, page: PageSize?) -> (PageSize, Int) {
        let box = boxes[part.top]!
        guard !part.children.isEmpty else { return (box, 1) }
        let (row, ranks) = rowExtent(part.children, folded: folded, page: page)
        return (PageSize(width: max(box.width, row.width), height: box.height + LeafStack.rankGap + row.height), ranks + 1)
    }

    private func extent(_ body: Int, folded: Set<Int>, page: PageSize?) -> (PageSize, Int) {
        guard !folded.contains(body), let children = tree.children[body] else { return (boxes[body]!, 1) }
        return extent(SheetPart(top: body, children: children), folded: folded, page: page)
    }

    /// Children side by side, the leaves of each organisation stacked once there are enough of them.
    private func rowExtent(_ children: [Int], folded: Set<Int>, page: PageSize?) -> (PageSize, Int) {
        var width = 0.0
        var height = 0.0
        var ranks = 0
        func place(_ size: PageSize, _ depth: Int) {
            width += size.width + (width > 0 ? LeafStack.nodeGap : 0)
            height = max(height, size.height)
            ranks = max(ranks, depth)
        }
        var leaves: [String: [Int]] = [:]
        var order: [String] = []
        for child in children {
            if folded.contains(child) || tree.children[child] == nil {
                let organisation = organisations[child] ?? ""
                if leaves[organisation] == nil { order.append(organisation) }
                leaves[organisation, default: []].append(child)
            } else {
                let (size, depth) = extent(child, folded: folded, page: page)
                place(size, depth)
            }
        }
        for organisation in order {
            let group = leaves[organisation]!
            if group.count < LeafStack.minimum {
                group.forEach { place(boxes[$0]!, 1) }
                continue
            }
            let cell = PageSize(width: group.map { boxes[$0]!.width }.max()!, height: group.map { boxes[$0]!.height }.max()!)
            let columns = LeafStack.columns(count: group.count, cell: cell, page: page)
            place(LeafStack.size(count: group.count, columns: columns, cell: cell), (group.count + columns - 1) / columns)
        }
        return (PageSize(width: width, height: height), ranks)
    }

    // MARK: Structure

    /// How far below its part's top each body hangs: 1 for the top's children.
    private func depths(below parts: [SheetPart]) -> [Int: Int] {
        var depths: [Int: Int] = [:]
        var frontier = parts.flatMap(\.children)
        var depth = 1
        while !frontier.isEmpty {
            for body in frontier { depths[body] = depth }
            frontier = frontier.flatMap { tree.children[$0] ?? [] }
            depth += 1
        }
        return depths
    }

    /// The bodies a part draws when `folded` are folded, its top first, in depth-first order.
    func drawn(_ part: SheetPart, folded: Set<Int>) -> [Int] {
        var out = [part.top]
        var stack = Array(part.children.reversed())
        while let next = stack.popLast() {
            out.append(next)
            if !folded.contains(next) { stack += (tree.children[next] ?? []).reversed() }
        }
        return out
    }

    /// Every body of the parts that could be folded: all but the tops that have children.
    private func foldable(_ parts: [SheetPart], folded: Set<Int>) -> Set<Int> {
        let tops = Set(parts.map(\.top))
        return Set(parts.flatMap { drawn($0, folded: folded) }.filter { tree.children[$0] != nil && !tops.contains($0) })
    }
}
