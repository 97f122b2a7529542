import ArgumentParser
import MandateReporting

extension ReportFormat: ExpressibleByArgument {}
