package org.incidentatlas.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} on every command: its flags, generated from its options. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, order = 99, description = "show this command's flags")
    private boolean help;
}
