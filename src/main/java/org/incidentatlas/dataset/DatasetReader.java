package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.incidentatlas.dataset.RecordSchemas.Kind;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * Reads and checks an {@code incident-atlas/1} dataset (see {@code docs/dataset-format.md}).
 *
 * <p>The file is streamed: each record is read as a small tree, checked against its part of the JSON Schema
 * and turned into an immutable model record at once, so memory holds the model and not a tree of the whole
 * file. Every problem is collected, each with its line, record and field; nothing is thrown at the caller.
 * Thread-safe: one reader may serve many reads.
 *
 * <p>Repeated keys in one object are errors. The stream of the whole file is parsed without Jackson's check for
 * them (a lookup per field); the fast path and the top level look for them themselves, and what the fast path
 * gives up on is parsed again, with the check, from its own bytes.
 */
public final class DatasetReader {

    public static final String FORMAT = "incident-atlas/1";
    /** How deep objects and arrays may nest (a dataset needs 5 levels); past it the read stops with its place. */
    public static final int MAX_NESTING = 200;
    /** The longest text value, in characters; past it the read stops with its place. */
    public static final int MAX_STRING_CHARS = 20_000_000;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING_CHARS)
            .build();

    /** For the stream of the whole file: no check for repeated keys (see above). */
    private final JsonFactory streamFactory;
    /** For the bytes of one record or value read again, and for the schemas: repeated keys are errors. */
    private final ObjectMapper mapper;
    private final RecordSchemas schemas;

    public DatasetReader() {
        this.streamFactory = JsonFactory.builder()
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build());
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
        JsonParser p = null;
        try (InputStream in = new Utf8CheckedInput(Files.newInputStream(path)); Closeable slices = s::close) {
            p = streamFactory.createParser(in);
            s.parse(p);
            parsed = true;
        } catch (StreamConstraintsException e) {
            s.beyondLimits(p);
        } catch (StreamReadException e) {
            s.syntaxError(e);
        } catch (Utf8CheckedInput.NotUtf8 e) {
            s.notUtf8(e);
        } catch (IOException e) {
            problems.error(Problem.Code.FILE_UNREADABLE, 0, 0, null, null,
                    "reading stopped: " + e.getClass().getSimpleName() + ".", "Check the file and try again.");
        }
        // The content checks also run when the records had errors, so one read lists every problem.
        Dataset dataset = parsed ? s.checkContent() : null;
        progress.accept(1.0);
        return problems.result(problems.hasErrors() ? null : dataset).withUnknown(s.unknown);
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
        /**
         * Each id's first record: the record itself when it was read (no object per record just to say where
         * it was), or a {@link FirstUse} for a record that had errors.
         */
        private final Map<String, Object> firstUse;
        private final Map<String, Integer> articleLines = new HashMap<>();
        private final FastDecoder decoder = new FastDecoder();
        private final UnknownFields unknown = new UnknownFields();
        /** Where the top-level "aliases" value starts, for the problems found in it after the schema. */
        private JsonLocation aliasesAt;
        private long lastReport;
        /** The record being read, for errors inside it (its label is built only then); kind null between records. */
        private Kind currentKind;
        private int currentIndex;
        private int currentLine;
        /** Opened when a record must be read again for the slow path. */
        private FileChannel channel;

        Session(Path path, ProblemList problems, long size, DoubleConsumer progress) {
            this.path = path;
            this.problems = problems;
            this.size = size;
            this.progress = progress;
            this.header = mapper.createObjectNode();
            // sized for the records a file of this size usually holds (a few hundred bytes each), to spare rehashing
            this.firstUse = new HashMap<>((int) Math.min(size / 384, 1 << 23) + 16);
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
            Set<String> names = new HashSet<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation nameAt = p.currentTokenLocation();
                JsonToken value = p.nextToken();
                Kind kind = switch (name) {
                    case "articles" -> Kind.ARTICLE;
                    case "centers" -> Kind.CENTER;
                    case "incidents" -> Kind.INCIDENT;
                    default -> null;
                };
                if (!names.add(name)) {
                    duplicateKey(nameAt.getLineNr(), nameAt.getColumnNr(), "top level", name);
                    p.skipChildren();
                } else if (kind != null && value == JsonToken.START_ARRAY) {
                    header.putArray(name);
                    readRecords(p, kind);
                } else if (kind != null || List.of("format", "title", "description", "attribution", "aliases").contains(name)) {
                    JsonLocation valueAt = p.currentTokenLocation();
                    if (name.equals("aliases")) {
                        aliasesAt = valueAt;
                    }
                    JsonNode node = value.isStructStart() ? treeOf(bytesOf(p, valueAt), valueAt, "top level")
                            : mapper.readTree(p);
                    if (node != null) {
                        header.set(name, node);
                    }
                } else {
                    // another tool's field: kept, so that saving writes it back
                    JsonLocation valueAt = p.currentTokenLocation();
                    JsonNode node = value.isStructStart() ? treeOf(bytesOf(p, valueAt), valueAt, "top level")
                            : mapper.readTree(p);
                    if (node != null) {
                        unknown.top(name, node);
                    }
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
                currentKind = kind;
                currentIndex = index;
                currentLine = at.getLineNr();
                Object fast = p.currentToken() == JsonToken.START_OBJECT ? switch (kind) {
                    case ARTICLE -> decoder.article(p);
                    case CENTER -> decoder.center(p);
                    case INCIDENT -> decoder.incident(p);
                    default -> throw new IllegalStateException(kind.name());
                } : null;
                if (fast != null) {
                    accepted(kind, fast, at);
                } else if (p.currentToken() == JsonToken.START_ARRAY) {
                    // said without a tree: a stray '[' can make the rest of the file this one value
                    p.skipChildren();
                    problems.error(Problem.Code.SCHEMA, at.getLineNr(), at.getColumnNr(), currentRecord(), null,
                            "this " + kind.label + " is a list ('['), not an object ('{').",
                            "Each entry of \"" + kind.def + "s\" is one object {...}; is there a '[' too many?");
                } else {
                    // the slow path, which words every problem: the record as a tree, against the schema
                    if (p.currentToken().isStructStart() || p.currentToken().isStructEnd()) {
                        byte[] bytes = bytesOf(p, at);
                        JsonNode node = treeOf(bytes, at, currentRecord());
                        if (node != null) {
                            checked(kind, node, at, index, new FieldLocator(mapper.getFactory(), bytes, at));
                        }
                    } else {
                        checked(kind, mapper.readTree(p), at, index, FieldLocator.at(at.getLineNr(), at.getColumnNr()));
                    }
                }
                currentKind = null;
                index++;
                reportProgress(at.getByteOffset());
            }
        }

        /** A record the fast path built. */
        private void accepted(Kind kind, Object record, JsonLocation at) {
            switch (kind) {
                case ARTICLE -> {
                    Article a = (Article) record;
                    unique(a.id(), kind, null, at, a);
                    articles.add(a);
                    articleLines.put(a.id(), at.getLineNr());
                }
                case CENTER -> {
                    Center c = (Center) record;
                    unique(c.id(), kind, null, at, c);
                    centers.add(c);
                    centerLines.add(at.getLineNr());
                }
                case INCIDENT -> {
                    Incident i = (Incident) record;
                    unique(i.id(), kind, null, at, i);
                    incidents.add(i);
                    incidentLines.add(at.getLineNr());
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }

        /** A record checked against the schema and converted, with every problem reported. */
        private void checked(Kind kind, JsonNode node, JsonLocation at, int index, FieldLocator where) {
            String id = node.path("id").isTextual() ? node.path("id").asText() : null;
            String record = kind.label + (id != null ? " \"" + id + "\"" : " #" + (index + 1) + " in \"" + kind.def + "s\"");
            Set<ValidationMessage> errors = schemas.validate(kind, node);
            for (ValidationMessage m : errors) {
                String field = RecordSchemas.field(m);
                Problem.Code code = RecordSchemas.code(m);
                // placing a field parses the record's bytes again: only for a problem that will be listed
                int[] place = problems.listsMore(code) ? where.at(field) : new int[] {at.getLineNr(), at.getColumnNr()};
                problems.error(code, place[0], place[1], record, field, RecordSchemas.message(m),
                        RecordSchemas.hint(m));
            }
            if (id != null) {
                unique(id, kind, record, at, new FirstUse(kind, at.getLineNr(), id));
            }
            if (!errors.isEmpty()) {
                return;
            }
            RecordConverter c = new RecordConverter(problems, where, record);
            if (id != null) {
                unknown.collect(kind.def, id, node);
            }
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

        /**
         * Reports a repeated id; the labels are only built when there is something to report.
         *
         * @param use what to remember of this record if it is the id's first: the record, or a {@link FirstUse}
         */
        private void unique(String id, Kind kind, String record, JsonLocation at, Object use) {
            // ids are ASCII (the schema's pattern), so case is the only way two spellings can name one id;
            // toLowerCase returns the same string when it has no capital, so the usual id costs nothing
            String key = id.toLowerCase(Locale.ROOT);
            Object earlier = firstUse.putIfAbsent(key, use);
            if (earlier != null) {
                FirstUse first = whereIs(earlier);
                problems.error(Problem.Code.DUPLICATE_ID, at.getLineNr(), at.getColumnNr(),
                        record != null ? record : kind.label + " \"" + id + "\"", "id",
                        "the id \"" + id + "\" is already used by " + first.kind().label + " \"" + first.id() + "\" (line "
                                + first.line() + ")" + (first.id().equals(id) ? "" : "; ids that differ only in case are "
                                + "the same id") + ".",
                        "Give every article, centre and incident its own id.");
            }
        }

        /** Where a record the first-use map holds was read (a search, made only to word an error). */
        private FirstUse whereIs(Object use) {
            if (use instanceof FirstUse f) {
                return f;
            } else if (use instanceof Article a) {
                return new FirstUse(Kind.ARTICLE, articleLines.getOrDefault(a.id(), 0), a.id());
            } else if (use instanceof Center c) {
                return new FirstUse(Kind.CENTER, centerLines.get(indexOf(centers, c)), c.id());
            }
            return new FirstUse(Kind.INCIDENT, incidentLines.get(indexOf(incidents, use)), ((Incident) use).id());
        }

        private static int indexOf(List<?> records, Object record) {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) == record) {
                    return i;
                }
            }
            throw new IllegalStateException("a first use that was not kept");
        }

        /**
         * The bytes of the value the parser is on (an object or array, or the END_OBJECT the fast path left it
         * on), read again from the file; the parser is left on the value's end.
         */
        private byte[] bytesOf(JsonParser p, JsonLocation start) throws IOException {
            if (p.currentToken().isStructStart()) {
                p.skipChildren();
            }
            long from = start.getByteOffset();
            long to = p.currentLocation().getByteOffset();
            if (from < 0 || to < 0) {
                throw new IllegalStateException("the reader is given a byte stream, which has offsets");
            }
            if (channel == null) {
                channel = FileChannel.open(path);
            }
            ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
            while (buf.hasRemaining()) {
                if (channel.read(buf, from + buf.position()) < 0) {
                    throw new EOFException("the file changed while it was being read");
                }
            }
            return buf.array();
        }

        /**
         * The value's bytes (from {@link #bytesOf}, starting at {@code start} in the file) as a tree, read with
         * the check for repeated keys; null, with the error reported, when one of its objects repeats a key.
         */
        private JsonNode treeOf(byte[] bytes, JsonLocation start, String record) throws IOException {
            try {
                return mapper.readTree(bytes);
            } catch (StreamReadException e) {
                // found by walking the bytes again, not by reading Jackson's message
                FieldLocator.Repeat repeat = FieldLocator.firstRepeatedKey(streamFactory, bytes);
                if (repeat == null) {
                    throw new IOException("the file changed while it was being read", e);
                }
                int[] at = FieldLocator.inFile(start, repeat.at());
                duplicateKey(at[0], at[1], record, repeat.name());
                return null;
            }
        }

        private void duplicateKey(int line, int col, String record, String name) {
            problems.error(Problem.Code.DUPLICATE_KEY, line, col, record, name,
                    "the field '" + name + "' appears twice in one object.", "Keep one of the two.");
        }

        private void reportProgress(long byteOffset) {
            if (byteOffset - lastReport > (1 << 20)) {
                lastReport = byteOffset;
                progress.accept(Math.min(0.95, 0.95 * byteOffset / (double) size));
            }
        }

        /** "incident #3 in "incidents" (from line 40)", or null between records. */
        String currentRecord() {
            return currentKind == null ? null : currentKind.label + " #" + (currentIndex + 1) + " in \"" + currentKind.def
                    + "s\" (from line " + currentLine + ")";
        }

        void beyondLimits(JsonParser p) {
            new ParseErrors(problems, path, size).beyondLimits(p, currentRecord());
        }

        void notUtf8(Utf8CheckedInput.NotUtf8 e) {
            new ParseErrors(problems, path, size).notUtf8(e, currentRecord());
        }

        void syntaxError(StreamReadException e) {
            new ParseErrors(problems, path, size).syntaxError(e, currentRecord());
        }

        /** Each article with its stored text, or with none and a problem on its "text" field. */
        private void loadTexts(ArticleTexts texts, List<Article> loaded) {
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
        }

        /** Content checks that need the whole file: quotes against article texts. */
        Dataset checkContent() {
            List<Article> loaded = new ArrayList<>(articles.size());
            try (ArticleTexts texts = new ArticleTexts(path)) {
                loadTexts(texts, loaded);
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
            AliasTable aliases = aliasesAt == null ? AliasTable.EMPTY
                    : AliasEntries.read(header.get("aliases"), aliasesAt.getLineNr(), aliasesAt.getColumnNr(), problems);
            return new Dataset(path, title, text(header, "description"), text(header, "attribution"),
                    loaded, centers, incidents, aliases);
        }
    }

    /** Where the first record with an id was read. */
    private record FirstUse(Kind kind, int line, String id) { }

    /** How a problem names a record; built only when there is a problem to report. */
    static String label(AtlasRecord r) {
        return (r instanceof Center ? "center" : "incident") + " \"" + r.id() + "\"";
    }

    static String shorten(String s) {
        String f = NormalizedText.fold(s);
        return f.length() > 80 ? f.substring(0, 77) + "..." : f;
    }

    static String firstLine(String s) {
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
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }
    }
}
