// The whole library: load, check, compare, report and draw through Graphviz. `import Mandate` brings all of it.
@_exported import MandateCore
@_exported import MandateRender
@_exported import MandateHTML
