import ArgumentParser
import MandateAnalysis
import MandateHTML
import MandateReporting
import MandateModel
import MandateRender

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension LayoutDirection: ExpressibleByArgument {}
extension DiagramScope: ExpressibleByArgument {}
extension DiagramClusters: ExpressibleByArgument {}
extension ModelFormat: ExpressibleByArgument {}
extension Paper: ExpressibleByArgument {}
extension Orientation: ExpressibleByArgument {}
extension ModelLanguage: ExpressibleByArgument {}
extension TimelineFormat: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension DiffFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension SeatsFormat: ExpressibleByArgument {}
extension OverlapFormat: ExpressibleByArgument {}
extension ImpactFormat: ExpressibleByArgument {}
