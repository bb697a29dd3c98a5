package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.export.SourcesReport;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.importer.ImportException;
import org.incidentatlas.importer.ImportReport;
import org.incidentatlas.importer.ImportResult;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;

/**
 * The window-less commands. Every error is one plain line on stderr and a non-zero exit; nothing is
 * written when a command fails.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS =
            Set.of("validate", "sources", "generate", "export-csv", "snapshot", "import", "help", "--help", "-h");

    private final PrintStream out;
    private final PrintStream err;

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
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> validate(rest);
            case "sources" -> sources(rest);
            case "generate" -> generate(rest);
            case "export-csv" -> exportCsv(rest);
            case "snapshot" -> new SnapshotCommand(this, out, err, BriefingComposer::new).run(rest);
            case "import" -> importCsv(rest);
            case "help", "--help", "-h" -> {
                out.print(help());
                yield OK;
            }
            default -> usage("unknown command \"" + args[0] + "\"");
        };
    }

    private int validate(List<String> args) {
        if (args.size() != 1) {
            return usage("validate takes one dataset file");
        }
        ReadResult r = new DatasetReader().read(Path.of(args.get(0)));
        r.problems().forEach(p -> out.println(p));
        out.printf("%s: %,d error(s), %,d warning(s)%s%n", args.get(0), r.errorCount(), r.warningCount(),
                r.ok() ? String.format("; %,d articles, %,d centres, %,d incidents", r.dataset().articles().size(),
                        r.dataset().centers().size(), r.dataset().incidents().size()) : "");
        return r.ok() ? OK : PROBLEMS;
    }

    private int sources(List<String> args) {
        String dataset = null;
        Path outFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") && i + 1 < args.size()) {
                outFile = Path.of(args.get(++i));
            } else if (a.startsWith("-") || dataset != null) {
                return usage("unexpected argument \"" + a + "\" for sources");
            } else {
                dataset = a;
            }
        }
        if (dataset == null) {
            return usage("sources needs a dataset file");
        }
        if (outFile != null && (cannotWrite(outFile) || overwritesInput(outFile, datasetInput(Path.of(dataset))))) {
            return PROBLEMS;
        }
        Dataset d = readOrSay(Path.of(dataset));
        if (d == null || outFile != null && overwritesInput(outFile, OutputGuard.inputsOf(d))) {
            return PROBLEMS;
        }
        String md = SourcesReport.markdown(d, dataset);
        if (outFile == null) {
            out.print(md);
            return OK;
        }
        try {
            AtomicFiles.write(outFile, md.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("error: cannot write " + outFile + " (" + reason(e) + "). Nothing was written.");
            return PROBLEMS;
        }
        out.println("wrote " + outFile);
        return OK;
    }

    private int generate(List<String> args) {
        Integer n = null;
        long seed = 1;
        Path outFile = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (i + 1 >= args.size()) {
                    return usage("generate: " + a + " needs a value");
                }
                switch (a) {
                    case "--incidents" -> n = Integer.parseInt(args.get(++i));
                    case "--seed" -> seed = Long.parseLong(args.get(++i));
                    case "--out" -> outFile = Path.of(args.get(++i));
                    default -> {
                        return usage("generate: unknown option \"" + a + "\"");
                    }
                }
            }
        } catch (NumberFormatException e) {
            return usage("generate: --incidents and --seed take whole numbers");
        }
        if (n == null || n < 0 || outFile == null) {
            return usage("generate needs --incidents N (0 or more) and --out FILE.json");
        }
        if (cannotWrite(outFile)) {
            return PROBLEMS;
        }
        try {
            long t0 = System.nanoTime();
            new DatasetGenerator().generate(n, seed, outFile);
            out.printf("wrote %s (%,d incidents, seed %d) in %.1f s%n", outFile, n, seed, (System.nanoTime() - t0) / 1e9);
            return OK;
        } catch (IOException e) {
            err.println("error: cannot write " + outFile + " (" + reason(e) + ").");
            return PROBLEMS;
        }
    }

    private int exportCsv(List<String> args) {
        Path dataset = null;
        Path outFile = null;
        boolean excel = false;
        FilterArgs filters = new FilterArgs();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--excel")) {
                    excel = true;
                    continue;
                }
                if (i + 1 >= args.size() || !(a.equals("--dataset") || a.equals("--out") || FilterArgs.isFilterFlag(a))) {
                    return usage(FilterArgs.isFilterFlag(a) || a.equals("--dataset") || a.equals("--out")
                            ? "export-csv: " + a + " needs a value" : "export-csv: unknown option \"" + a + "\"");
                }
                String v = args.get(++i);
                switch (a) {
                    case "--dataset" -> dataset = Path.of(v);
                    case "--out" -> outFile = Path.of(v);
                    default -> filters.accept(a, v);
                }
            }
            if (dataset == null || outFile == null) {
                return usage("export-csv needs --dataset FILE and --out FILE.csv");
            }
            if (cannotWrite(outFile) || overwritesInput(outFile, datasetInput(dataset))) {
                return PROBLEMS;
            }
            Dataset d = readOrSay(dataset);
            if (d == null || overwritesInput(outFile, OutputGuard.inputsOf(d))) {
                return PROBLEMS;
            }
            IncidentFilter f = filters.toFilter(d);
            List<Incident> rows = FilterArgs.select(d, f);
            new CsvExporter(d.articlesById()).write(rows, outFile, excel);
            out.printf("wrote %s: %,d of %,d incidents (%s)%n", outFile, rows.size(), d.incidents().size(), f.describe());
            return OK;
        } catch (FilterArgs.BadArgument e) {
            err.println("error: " + e.getMessage() + ". Nothing was written.");
            return USAGE;
        } catch (IOException e) {
            err.println("error: cannot write " + outFile + " (" + reason(e) + "). Nothing was written.");
            return PROBLEMS;
        }
    }

    /** The dataset, or null after one line on stderr saying why it cannot be used. */
    Dataset readOrSay(Path dataset) {
        ReadResult r = new DatasetReader().read(dataset);
        if (!r.ok()) {
            Problem first = r.errors().get(0);
            err.println("error: " + dataset + " cannot be used: " + r.errorCount() + " error(s), the first: "
                    + first.where() + ": " + first.message() + " Run \"validate " + dataset + "\" for all. Nothing was written.");
            return null;
        }
        return r.dataset();
    }

    private int importCsv(List<String> args) {
        final int listed = 20; // skipped rows printed one by one; the summary counts them all
        ImportSource from = null;
        Path in = null;
        Path outFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--from") || a.equals("--out")) && i + 1 < args.size()) {
                String v = args.get(++i);
                if (a.equals("--out")) {
                    outFile = Path.of(v);
                } else {
                    from = ImportSource.fromKey(v).orElse(null);
                    if (from == null) {
                        return usage("import --from takes ucdp or acled, not \"" + v + "\"");
                    }
                }
            } else if (a.startsWith("-") || in != null) {
                return usage("unexpected argument \"" + a + "\" for import");
            } else {
                in = Path.of(a);
            }
        }
        if (from == null || in == null || outFile == null) {
            return usage("import needs --from ucdp|acled, a CSV file and --out DATASET.json");
        }
        if (cannotWrite(outFile) || overwritesInput(outFile, List.of(new OutputGuard.Input(in, "the CSV being imported")))) {
            return PROBLEMS;
        }
        ImportResult result;
        try {
            result = new Importer().importFile(from, in, fraction -> { });
        } catch (ImportException e) {
            err.println("error: " + e.getMessage() + " Nothing was written.");
            return PROBLEMS;
        }
        ImportReport report = result.report();
        out.println(report.summary());
        report.skippedRows().stream().limit(listed).forEach(s -> out.println("  skipped " + s));
        if (report.skipped() > listed) {
            out.printf("  ... and %,d more skipped rows%n", report.skipped() - listed);
        }
        if (!result.anyImported()) {
            err.println("error: no row of " + in + " could be imported. Nothing was written.");
            return PROBLEMS;
        }
        try {
            new DatasetWriter().write(result.dataset(), outFile);
        } catch (IOException e) {
            err.println("error: cannot write " + outFile + " (" + reason(e) + "). Nothing was written.");
            return PROBLEMS;
        }
        out.println("wrote " + outFile);
        return OK;
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

    /** Says that {@code target} cannot be written and why; true when it cannot. */
    private boolean cannotWrite(Path target) {
        String why = unwritable(target);
        if (why != null) {
            err.println("error: cannot write " + target + ": " + why + ". Nothing was written.");
        }
        return why != null;
    }

    /**
     * Says that {@code target} is one of the files the command reads, so writing it would destroy it; true when
     * it is. Checked with the dataset's path before it is read, and with its article texts once they are known.
     */
    boolean overwritesInput(Path target, List<OutputGuard.Input> inputs) {
        return OutputGuard.conflict(target, inputs).map(why -> {
            err.println("error: cannot write " + target + ": " + why + ". Nothing was written.");
            return true;
        }).orElse(false);
    }

    static List<OutputGuard.Input> datasetInput(Path dataset) {
        return List.of(new OutputGuard.Input(dataset, "the dataset"));
    }

    /** An I/O failure in a few words, without the temporary file's name the writer was using. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
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
                  snapshot --dataset FILE --out FILE.png [--title T] [--width W --height H] [--scale 1|2|3]
                           [--center LAT,LON] [--zoom Z] [filters]
                                                   the briefing page as a PNG, headless (docs/briefing.md);
                                                   1920 x 1080 at 1x unless told; fits the incidents unless told
                  filters: --text T  --from YYYY-MM-DD  --to YYYY-MM-DD  --type T  --province P  --actor A
                           (the last three repeatable)  --min-killed N  --near CENTER_ID --km N
                  import --from ucdp|acled IN.csv --out DATASET.json
                                                   import a UCDP GED or ACLED CSV export; lists skipped rows
                  help                             this text
                Through Maven: ./mvnw -q javafx:run -Djavafx.args="validate assets/data/incident-atlas.json"
                """;
    }
}
