/// Which readers read a YAML file. Both give the same tree; the benchmarks compare their speed.
package enum YAMLReading: Sendable {
    /// The fast reader of the subset model files are written in, and libyaml wherever a file leaves it.
    case subsetFirst
    /// libyaml alone.
    case libyamlOnly
}
