/// Tarjan's strongly connected components, iterative so that long chains cannot overflow the stack.
struct StronglyConnectedComponents {
    /// The components, each a list of node positions; every node that `include` admits is in exactly one.
    private(set) var components: [[Int]] = []

    init(edges: [[Int]], include: [Bool]) {
        let count = edges.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var work: [(node: Int, edge: Int)] = []
        for root in 0..<count where include[root] && index[root] < 0 {
            work.append((root, 0))
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let next = edges[node][edge]
                    guard include[next] else { continue }
                    if index[next] < 0 {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component)
                }
            }
        }
    }

    /// The shortest way from `start` back to itself inside one component, as the nodes passed, `start` first.
    static func shortestCycle(from start: Int, edges: [[Int]], within component: Set<Int>) -> [Int] {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in edges[node] where component.contains(next) {
                if next == start {
                    var path = [node]
                    while let before = previous[path.last!] { path.append(before) }
                    return path.reversed()
                }
                if previous[next] == nil, next != start {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }
}
