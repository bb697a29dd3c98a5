package org.incidentatlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code help [COMMAND]}: the list of commands, or every flag of one (the same as {@code COMMAND --help}). */
@Command(name = "help", sortOptions = false,
        description = "The commands, or every flag of one command.")
final class HelpCommand implements Callable<Integer> {

    private final Cli cli;
    @Spec
    private CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to describe")
    private String command;

    HelpCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (command == null) {
            cli.out.print(Cli.help());
            return Cli.OK;
        }
        CommandLine described = spec.parent().subcommands().get(command);
        if (described == null) {
            return cli.usage("help: there is no command \"" + command + "\"");
        }
        described.usage(cli.out);
        return Cli.OK;
    }
}
