// The library without Graphviz: load, check, compare and report. `import MandateCore` brings all of it.
@_exported import MandateAnalysis
@_exported import MandateDiff
@_exported import MandateModel
@_exported import MandateReporting
@_exported import MandateRules
