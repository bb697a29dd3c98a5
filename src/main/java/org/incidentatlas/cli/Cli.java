package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The window-less commands, parsed by picocli (docs/decisions/0130-picocli-for-the-command-line.md). Every
 * error is one plain line on stderr and a non-zero exit; nothing is written when a command fails.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS =
            Set.of("validate", "sources", "generate", "export-csv", "export-geojson", "export-kml", "snapshot", "playback",
                    "import", "add-article", "diff", "help", "--help", "-h");

    final PrintStream out;
    final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isCommand(String first) {
        return COMMANDS.contains(first);
    }

    public int run(String... args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        return commandLine().execute(args);
    }

    /** Every command, wired to this CLI's streams; {@code help} and each command's {@code --help} print from it. */
    CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Top());
        cl.addSubcommand(new CommandLine(new ValidateCommand(this)));
        cl.addSubcommand(new CommandLine(new SourcesCommand(this)));
        cl.addSubcommand(new CommandLine(new GenerateCommand(this)));
        cl.addSubcommand(new CommandLine(new ExportCsvCommand(this)));
        cl.addSubcommand(new CommandLine(new ExportGeoJsonCommand(this)));
        cl.addSubcommand(new CommandLine(new ExportKmlCommand(this)));
        cl.addSubcommand(new CommandLine(new DiffCommand(this)));
        cl.addSubcommand(new CommandLine(new SnapshotCommand(this, BriefingComposer::new)));
        cl.addSubcommand(new CommandLine(new PlaybackCommand(this, BriefingComposer::new)));
        cl.addSubcommand(new CommandLine(new ImportCommand(this)));
        cl.addSubcommand(new CommandLine(new AddArticleCommand(this)));
        cl.addSubcommand(new CommandLine(new HelpCommand(this)));
        return configure(cl);
    }

    /** Runs one command on its own flags (the command's name not among them), for tests that give it parts. */
    int runAlone(Object command, List<String> args) {
        return configure(new CommandLine(command)).execute(args.toArray(String[]::new));
    }

    /** The streams and handlers every command line here has; set after the subcommands are added, which they reach. */
    private CommandLine configure(CommandLine cl) {
        // "@file" would read arguments from a file: a dataset or text named "@x" is meant as it is written
        cl.setExpandAtFiles(false);
        // "--out FILE", as the commands have always been written and as the help shows them
        cl.setSeparator(" ");
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler(this::badArguments);
        // a bug is a bug: its stack trace, not a line that hides it
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            throw e;
        });
        return cl;
    }

    /** The program itself: a command must follow, or "--help" for the list. */
    @Command(name = "incident-atlas")
    private final class Top implements Callable<Integer> {
        @CommandLine.Option(names = {"-h", "--help"}, description = "the commands")
        private boolean help;

        @Override
        public Integer call() {
            if (help) {
                out.print(help());
                return OK;
            }
            return usage("no command given");
        }
    }

    /** One line for what picocli refused, worded as the commands always have been. */
    private int badArguments(ParameterException e, String[] args) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadArgument bad) {
                return badValue(bad);
            }
        }
        CommandLine where = e.getCommandLine();
        String command = where.getCommandSpec().userObject() instanceof Top ? null : where.getCommandName();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (command == null) {
                return usage("unknown command \"" + first + "\"");
            }
            return usage(command + ": " + (first.startsWith("-") ? "unknown option" : "unexpected argument")
                    + " \"" + first + "\"");
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec first = m.getMissing().get(0);
            // an option named without its value, or something required that was not given at all
            if (first instanceof OptionSpec o && Arrays.stream(o.names()).anyMatch(List.of(args)::contains)) {
                return usage(command + ": " + o.longestName() + " needs a value");
            }
            return usage(command + " needs " + required(where.getCommandSpec()));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return usage(command + ": " + name(o.getOverwritten()) + " is given more than once");
        }
        return usage((command == null ? "" : command + ": ") + e.getMessage());
    }

    /** What a command needs, as its help's synopsis says it: "--dataset FILE and --out FILE.csv". */
    private static String required(CommandSpec spec) {
        List<String> needed = new ArrayList<>();
        spec.options().stream().filter(OptionSpec::required).sorted(Comparator.comparingInt(OptionSpec::order))
                .forEach(o -> needed.add(o.longestName() + " " + o.paramLabel()));
        spec.positionalParameters().stream().filter(ArgSpec::required).forEach(p -> needed.add(p.paramLabel()));
        int last = needed.size() - 1;
        return last <= 0 ? String.join("", needed) : String.join(", ", needed.subList(0, last)) + " and " + needed.get(last);
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    /** A value that is wrong: the flag, the value and what it takes. */
    int badValue(BadArgument e) {
        err.println("error: " + e.getMessage() + ". Nothing was written.");
        return USAGE;
    }

    /** The dataset, or null after one line on stderr saying why it cannot be used. */
    Dataset readOrSay(Path dataset) {
        ReadResult r = readResultOrSay(dataset);
        return r == null ? null : r.dataset();
    }

    /** The read dataset with the fields of its file this version does not know (to write them back); null when it does not read. */
    ReadResult readResultOrSay(Path dataset) {
        ReadResult r = new DatasetReader().read(dataset);
        if (!r.ok()) {
            Problem first = r.errors().get(0);
            err.println("error: " + dataset + " cannot be used: " + r.errorCount() + " error(s), the first: "
                    + first.where() + ": " + first.message() + " Run \"validate " + dataset + "\" for all. Nothing was written.");
            return null;
        }
        return r;
    }

    /** Why {@code target} cannot be written, or null when it can be tried. Checked before any work is done. */
    static String unwritable(Path target) {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return "it is a folder";
        }
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
            return "the folder " + abs.getParent() + " does not exist";
        }
        return Files.isWritable(abs.getParent()) ? null : "the folder " + abs.getParent() + " cannot be written to";
    }

    /**
     * Says that {@code target} cannot be written, because it cannot be or because it is one of {@code inputs};
     * true when it cannot. Checked with the dataset's path before it is read, and with its article texts once
     * they are known.
     */
    boolean cannotWrite(Path target, List<OutputGuard.Input> inputs) {
        String why = unwritable(target);
        if (why == null) {
            why = OutputGuard.conflict(target, inputs).orElse(null);
        }
        if (why != null) {
            err.println("error: cannot write " + target + ": " + why + ". Nothing was written.");
        }
        return why != null;
    }

    /** Says why an output could not be written; the command's exit code. */
    int writeFailed(Path target, IOException e) {
        err.println("error: cannot write " + target + " (" + reason(e) + "). Nothing was written.");
        return PROBLEMS;
    }

    static List<OutputGuard.Input> datasetInput(Path dataset) {
        return List.of(new OutputGuard.Input(dataset, "the dataset"));
    }

    /** An I/O failure in a few words, without the temporary file's name the writer was using. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    int usage(String why) {
        err.println("error: " + why + ". Run with \"help\" for the commands.");
        return USAGE;
    }

    static String help() {
        return """
                Incident Atlas: with no arguments, opens the window. Commands:
                  validate DATASET                 check a dataset; lists every problem; exit 0 when clean, 1 when not
                  sources DATASET [--out FILE.md]  write every record with the quotes it rests on, as Markdown
                  generate --incidents N [--seed S] --out FILE.json
                                                   write a valid synthetic dataset (articles beside it)
                  export-csv --dataset FILE --out FILE.csv [--excel] [filters]
                                                   the incidents that pass the filters, as CSV (date, then id)
                  export-geojson --dataset FILE --out FILE.geojson [filters]
                  export-kml --dataset FILE --out FILE.kml [filters]
                                                   the same rows as GeoJSON (RFC 7946) or KML 2.2 (Google Earth)
                  snapshot --dataset FILE --out FILE.png [--title T] [--width W --height H] [--scale 1|2|3]
                           [--center LAT,LON] [--zoom Z] [filters]
                                                   the briefing page as a PNG, headless (docs/briefing.md);
                                                   1920 x 1080 at 1x unless told; fits the incidents unless told
                  playback --dataset FILE --out X.gif --step day|week|month --from D --to D
                           [--window DAYS | --cumulative] [--frames-dir DIR] [--delay MS] [filters]
                                                   the incidents over time as an animated GIF of briefing pages
                  filters: --text T  --from YYYY-MM-DD  --to YYYY-MM-DD  --type T  --province P  --actor A
                           --country C (the last four repeatable)  --min-killed N [--killed-figure low|best|high]
                           --near CENTER_ID --km N
                  import --from ucdp|acled IN.csv --out DATASET.json
                                                   import a UCDP GED or ACLED CSV export; lists skipped rows
                  add-article --dataset FILE --file ARTICLE [--outlet O] [--title T] [--published YYYY[-MM[-DD]]]
                              [--url U] [--id ID] [--notes N]
                                                   store an article's text (.txt, .md, .html) and add it to the
                                                   dataset (the previous version kept as FILE.bak)
                                                   import a UCDP GED or ACLED export (CSV, UTF-16 text or .xlsx);
                                                   reports skipped rows by reason
                  diff OLD.json NEW.json [--out changes.csv]
                                                   new, changed (which fields) and gone incidents
                                                   (docs/updates-and-diffs.md)
                  help [COMMAND]                   this text, or every flag of one command (also COMMAND --help)
                An output that is one of the command's inputs (the dataset, an article text, the CSV) is refused.
                Through Maven: ./mvnw -q javafx:run -Djavafx.args="validate assets/data/incident-atlas.json"
                """;
    }
}
