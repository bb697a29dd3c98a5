package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.incidentatlas.dataset.RecordSchemas.Kind;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Reads and checks an {@code incident-atlas/1} dataset (see {@code docs/dataset-format.md}).
 *
 * <p>The file is streamed: each record is read as a small tree, checked against its part of the JSON Schema
 * and turned into an immutable model record at once, so memory holds the model and not a tree of the whole
 * file. Every problem is collected, each with its line, record and field; nothing is thrown at the caller.
 * Thread-safe: one reader may serve many reads.
 */
public final class DatasetReader {

    public static final String FORMAT = "incident-atlas/1";

    private final ObjectMapper mapper;
    private final RecordSchemas schemas;

    public DatasetReader() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = new ObjectMapper(factory);
        this.schemas = new RecordSchemas(mapper);
    }

    public ReadResult read(Path file) {
        return read(file, fraction -> { });
    }

    /**
     * Reads and checks {@code file}.
     *
     * @param progress told the fraction of the file read so far, 0 to 1, now and then (from this thread)
     */
    public ReadResult read(Path file, DoubleConsumer progress) {
        Path path = file.toAbsolutePath().normalize();
        ProblemList problems = new ProblemList(path);
        long size;
        try {
            if (Files.isDirectory(path)) {
                problems.error(Problem.Code.FILE_UNREADABLE, 0, 0, null, null, "this is a folder, not a dataset file.",
                        "Choose the dataset's .json file.");
                return problems.result(null);
            }
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            problems.error(Problem.Code.FILE_NOT_FOUND, 0, 0, null, null, "the file does not exist.",
                    "Check the path: " + path);
            return problems.result(null);
        } catch (IOException e) {
            problems.error(Problem.Code.FILE_UNREADABLE, 0, 0, null, null,
                    "the file cannot be read (" + e.getClass().getSimpleName() + ").", "Check its permissions.");
            return problems.result(null);
        }
        if (size == 0) {
            problems.error(Problem.Code.EMPTY_FILE, 0, 0, null, null, "the file is empty (0 bytes).",
                    "A dataset is a JSON object; was the file cut short while being copied or saved?");
            return problems.result(null);
        }
        Session s = new Session(path, problems, size, progress);
        boolean parsed = false;
        try (InputStream in = Files.newInputStream(path); JsonParser p = mapper.getFactory().createParser(in);
             java.io.Closeable slices = s::close) {
            s.parse(p);
            parsed = true;
        } catch (StreamConstraintsException e) {
            problems.error(Problem.Code.SYNTAX, 0, 0, s.currentRecord, null,
                    "the file goes beyond what the reader accepts: " + firstLine(e.getOriginalMessage()) + ".",
                    "A dataset nests a few levels deep and holds no value of millions of characters; was this file "
                            + "written by another program?");
        } catch (StreamReadException e) {
            s.syntaxError(e);
        } catch (CharConversionException e) {
            problems.error(Problem.Code.SYNTAX, 0, 0, null, null, "the file is not UTF-8 text (" + e.getMessage() + ").",
                    "Save the dataset as UTF-8.");
        } catch (IOException e) {
            problems.error(Problem.Code.FILE_UNREADABLE, 0, 0, null, null,
                    "reading stopped: " + e.getClass().getSimpleName() + ".", "Check the file and try again.");
        }
        // The content checks also run when the records had errors, so one read lists every problem.
        Dataset dataset = parsed ? s.checkContent() : null;
        progress.accept(1.0);
        return problems.result(problems.hasErrors() ? null : dataset);
    }

    /** The state of one read. */
    private final class Session {
        private final Path path;
        private final ProblemList problems;
        private final long size;
        private final DoubleConsumer progress;
        private final ObjectNode header;
        private final List<Article> articles = new ArrayList<>();
        private final List<Center> centers = new ArrayList<>();
        private final List<Incident> incidents = new ArrayList<>();
        private final IntList centerLines = new IntList();
        private final IntList incidentLines = new IntList();
        /** Each id's first record, as its line times four plus its kind's ordinal: no string per record. */
        private final Map<String, Long> firstUse = new HashMap<>();
        private final Map<String, Integer> articleLines = new HashMap<>();
        private long lastReport;
        /** The record being read, for syntax errors inside it; null between records. */
        private String currentRecord;
        /** Opened when a record must be read again for the slow path. */
        private java.nio.channels.FileChannel channel;

        Session(Path path, ProblemList problems, long size, DoubleConsumer progress) {
            this.path = path;
            this.problems = problems;
            this.size = size;
            this.progress = progress;
            this.header = mapper.createObjectNode();
        }

        void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }

        void parse(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.error(Problem.Code.EMPTY_FILE, 0, 0, null, null, "the file holds only white space.",
                        "A dataset is a JSON object starting with '{'.");
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation at = p.currentTokenLocation();
                problems.error(Problem.Code.SCHEMA, at.getLineNr(), at.getColumnNr(), null, null,
                        "a dataset is a JSON object starting with '{', but this file starts with " + tokenName(t) + ".",
                        "See docs/dataset-format.md.");
                return;
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                Kind kind = switch (name) {
                    case "articles" -> Kind.ARTICLE;
                    case "centers" -> Kind.CENTER;
                    case "incidents" -> Kind.INCIDENT;
                    default -> null;
                };
                if (kind != null && value == JsonToken.START_ARRAY) {
                    header.putArray(name);
                    readRecords(p, kind);
                } else if (kind != null || List.of("format", "title", "description", "attribution").contains(name)) {
                    header.set(name, mapper.readTree(p));
                } else {
                    p.skipChildren();
                }
            }
            trailingContent(p);
            for (ValidationMessage m : schemas.validate(Kind.TOP, header)) {
                problems.error(RecordSchemas.code(m), 1, 0, "top level", RecordSchemas.field(m),
                        RecordSchemas.message(m), RecordSchemas.hint(m));
            }
        }

        private void trailingContent(JsonParser p) throws IOException {
            JsonLocation at;
            String what;
            try {
                if (p.nextToken() == null) {
                    return;
                }
                at = p.currentTokenLocation();
                what = "";
            } catch (StreamReadException e) {
                at = e.getLocation();
                what = " (" + firstLine(e.getOriginalMessage()) + ")";
            }
            problems.error(Problem.Code.SYNTAX, at.getLineNr(), at.getColumnNr(), null, null,
                    "there is more after the dataset's closing '}'" + what + ".",
                    "Remove what follows the end of the dataset, or join the two files properly.");
        }

        private void readRecords(JsonParser p, Kind kind) throws IOException {
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                currentRecord = kind.label + " #" + (index + 1) + " in \"" + kind.def + "s\" (from line " + at.getLineNr() + ")";
                boolean sliceable = p.currentToken() == JsonToken.START_OBJECT && at.getByteOffset() >= 0;
                Object fast = sliceable ? switch (kind) {
                    case ARTICLE -> FastDecoder.article(p);
                    case CENTER -> FastDecoder.center(p);
                    case INCIDENT -> FastDecoder.incident(p);
                    default -> throw new IllegalStateException(kind.name());
                } : null;
                if (fast != null) {
                    accepted(kind, fast, at);
                } else {
                    // the slow path, which words every problem: the record as a tree, against the schema
                    JsonNode node = sliceable ? slice(at.getByteOffset(), p.currentLocation().getByteOffset())
                            : mapper.readTree(p);
                    checked(kind, node, at, index);
                }
                currentRecord = null;
                index++;
                reportProgress(at.getByteOffset());
            }
        }

        /** A record the fast path built. */
        private void accepted(Kind kind, Object record, JsonLocation at) {
            switch (kind) {
                case ARTICLE -> {
                    Article a = (Article) record;
                    unique(a.id(), kind, null, at);
                    articles.add(a);
                    articleLines.put(a.id(), at.getLineNr());
                }
                case CENTER -> {
                    Center c = (Center) record;
                    unique(c.id(), kind, null, at);
                    centers.add(c);
                    centerLines.add(at.getLineNr());
                }
                case INCIDENT -> {
                    Incident i = (Incident) record;
                    unique(i.id(), kind, null, at);
                    incidents.add(i);
                    incidentLines.add(at.getLineNr());
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }

        /** A record checked against the schema and converted, with every problem reported. */
        private void checked(Kind kind, JsonNode node, JsonLocation at, int index) {
            String id = node.path("id").isTextual() ? node.path("id").asText() : null;
            String record = kind.label + (id != null ? " \"" + id + "\"" : " #" + (index + 1) + " in \"" + kind.def + "s\"");
            Set<ValidationMessage> errors = schemas.validate(kind, node);
            for (ValidationMessage m : errors) {
                problems.error(RecordSchemas.code(m), at.getLineNr(), at.getColumnNr(), record,
                        RecordSchemas.field(m), RecordSchemas.message(m), RecordSchemas.hint(m));
            }
            if (id != null) {
                unique(id, kind, record, at);
            }
            if (!errors.isEmpty()) {
                return;
            }
            RecordConverter c = new RecordConverter(problems, at.getLineNr(), at.getColumnNr(), record);
            switch (kind) {
                case ARTICLE -> {
                    articles.add(c.article(node));
                    articleLines.put(id, at.getLineNr());
                }
                case CENTER -> {
                    centers.add(c.center(node));
                    centerLines.add(at.getLineNr());
                }
                case INCIDENT -> {
                    Incident incident = c.incident(node);
                    if (incident != null) {
                        incidents.add(incident);
                        incidentLines.add(at.getLineNr());
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }

        /** Reports a repeated id; the labels are only built when there is something to report. */
        private void unique(String id, Kind kind, String record, JsonLocation at) {
            Long first = firstUse.putIfAbsent(id, at.getLineNr() * 4L + kind.ordinal());
            if (first != null) {
                Kind firstKind = Kind.values()[(int) (first % 4)];
                problems.error(Problem.Code.DUPLICATE_ID, at.getLineNr(), at.getColumnNr(),
                        record != null ? record : kind.label + " \"" + id + "\"", "id",
                        "the id \"" + id + "\" is already used by " + firstKind.label + " \"" + id + "\" (line "
                                + first / 4 + ").",
                        "Give every article, centre and incident its own id.");
            }
        }

        /** The bytes of one record, read again from the file and parsed as a tree. */
        private JsonNode slice(long from, long to) throws IOException {
            if (channel == null) {
                channel = java.nio.channels.FileChannel.open(path);
            }
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) (to - from));
            while (buf.hasRemaining()) {
                if (channel.read(buf, from + buf.position()) < 0) {
                    throw new java.io.EOFException("the file changed while it was being read");
                }
            }
            return mapper.readTree(buf.array());
        }

        private void reportProgress(long byteOffset) {
            if (byteOffset - lastReport > (1 << 20)) {
                lastReport = byteOffset;
                progress.accept(Math.min(0.95, 0.95 * byteOffset / (double) size));
            }
        }

        void syntaxError(StreamReadException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int col = at == null ? 0 : at.getColumnNr();
            String raw = e.getOriginalMessage();
            String record = currentRecord;
            if (raw.startsWith("Invalid UTF-8") || raw.contains("Invalid UTF-8")) {
                problems.error(Problem.Code.SYNTAX, line, col, record, null,
                        "the file is not UTF-8 text (" + firstLine(raw) + ").",
                        "Save the dataset as UTF-8; the format allows no other encoding.");
            } else if (raw.contains("end-of-input")) {
                problems.error(Problem.Code.TRUNCATED, line, col, record, null,
                        "the file ends in the middle of the JSON: it looks truncated.",
                        "Restore the complete file (from where it was copied, or a backup).");
            } else if (raw.startsWith("Duplicate field")) {
                java.util.regex.Matcher name = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(raw);
                problems.error(Problem.Code.DUPLICATE_KEY, line, col, record, name.find() ? name.group(1) : null, raw.replace("Duplicate field", "the field") + " appears twice in one object.",
                        "Keep one of the two.");
            } else {
                problems.error(Problem.Code.SYNTAX, line, col, record, null, "this is not valid JSON: " + firstLine(raw) + ".",
                        "Look at the place given (a missing comma, quote or bracket is the usual cause).");
            }
        }

        /** Content checks that need the whole file: quotes against article texts. */
        Dataset checkContent() {
            ArticleTexts texts = new ArticleTexts(path);
            List<Article> loaded = new ArrayList<>(articles.size());
            for (Article a : articles) {
                String text = null;
                if (a.textPath() != null) {
                    try {
                        text = texts.load(a.textPath(), a.textSha256());
                    } catch (ArticleTexts.TextProblem tp) {
                        problems.error(tp.code, articleLines.getOrDefault(a.id(), 0), 0, "article \"" + a.id() + "\"",
                                "text", tp.getMessage(), tp.hint);
                    }
                }
                loaded.add(a.withText(text));
            }
            Map<String, Article> byId = new HashMap<>();
            loaded.forEach(a -> byId.put(a.id(), a));
            QuoteChecker checker = new QuoteChecker(problems, byId);
            for (int i = 0; i < centers.size(); i++) {
                checker.check(centers.get(i), centerLines.get(i));
            }
            for (int i = 0; i < incidents.size(); i++) {
                checker.check(incidents.get(i), incidentLines.get(i));
            }
            String title = header.path("title").asText();
            return new Dataset(path, title, text(header, "description"), text(header, "attribution"),
                    loaded, centers, incidents);
        }
    }

    /** Checks each record's quotes against its articles. */
    private record QuoteChecker(ProblemList problems, Map<String, Article> articles, Map<String, String> folded,
                                Map<String, int[]> nextFrom) {

        QuoteChecker(ProblemList problems, Map<String, Article> articles) {
            this(problems, articles, new HashMap<>(), new HashMap<>());
        }

        /**
         * Whether the quote stands in the article's text, white space aside. Most quotes stand in it exactly, so
         * the raw text is searched first and an article is folded only when a quote is not found as written.
         * Records usually quote an article in the order of its text, so each search starts where the last
         * quote of that article ended, and only then from the beginning.
         */
        boolean found(Article a, String quote) {
            String q = quote.strip();
            if (q.isEmpty()) {
                return false;
            }
            int[] from = nextFrom.computeIfAbsent(a.id(), k -> new int[2]);
            int at = search(a.text(), q, from, 0);
            if (at >= 0) {
                return true;
            }
            String fq = NormalizedText.fold(q);
            return search(folded.computeIfAbsent(a.id(), k -> NormalizedText.fold(a.text())), fq, from, 1) >= 0;
        }

        private static int search(String text, String q, int[] from, int slot) {
            int at = text.indexOf(q, from[slot]);
            if (at < 0 && from[slot] > 0) {
                at = text.indexOf(q);
            }
            if (at >= 0) {
                from[slot] = at + q.length();
            }
            return at;
        }

        void check(AtlasRecord r, int line) {
            String record = (r instanceof Center ? "center" : "incident") + " \"" + r.id() + "\"";
            if (r.quotes().isEmpty()) {
                problems.warning(Problem.Code.NO_QUOTE, line, 0, record, "quotes",
                        "has no quote: nothing shows where it comes from.",
                        "Add at least one verbatim passage of a source article.");
            }
            for (int i = 0; i < r.quotes().size(); i++) {
                Quote q = r.quotes().get(i);
                String field = "quotes[" + i + "]";
                Article a = articles.get(q.articleId());
                if (a == null) {
                    problems.error(Problem.Code.UNKNOWN_ARTICLE, line, 0, record, field + ".article",
                            "names the article \"" + q.articleId() + "\", which is not in the dataset's articles.",
                            "Add that article to \"articles\", or correct the id.");
                } else if (!a.hasText()) {
                    if (a.textPath() == null) {
                        problems.warning(Problem.Code.QUOTE_UNVERIFIED, line, 0, record, field,
                                "cannot be verified: the article \"" + a.id() + "\" has no stored text.",
                                "It is shown as a source note, not as a verified passage.");
                    }
                } else if (!found(a, q.text())) {
                    problems.error(Problem.Code.QUOTE_NOT_FOUND, line, 0, record, field + ".text",
                            "the passage \"" + shorten(q.text()) + "\" is not in the text of article \"" + a.id() + "\".",
                            "Copy the passage from the article exactly (only white space may differ).");
                }
            }
            if (r instanceof Incident inc && inc.dateEnd() != null && inc.dateEnd().isBefore(inc.dateStart())) {
                problems.error(Problem.Code.DATE_ORDER, line, 0, record, "dateEnd",
                        "ends on " + inc.dateEnd() + ", before it starts on " + inc.dateStart() + ".",
                        "Swap the dates, or correct the one that is wrong.");
            }
        }
    }

    static String shorten(String s) {
        String f = NormalizedText.fold(s);
        return f.length() > 80 ? f.substring(0, 77) + "..." : f;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String tokenName(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "'[' (a list)";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** A growable list of ints, to remember each record's line without boxing a million Integers. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }
    }
}
