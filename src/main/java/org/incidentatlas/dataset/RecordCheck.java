package org.incidentatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Incident;

/**
 * Checks one record the analyst is writing by the reader's own rules, not a second copy of them: the record is
 * turned into the JSON the file would hold, checked against the format's schema, converted as the reader
 * converts it, and its quotes and dates checked as the reader checks them; its id must be free. What it
 * returns is what {@code validate} would say about the record in a saved file.
 */
public final class RecordCheck {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RecordSchemas schemas = new RecordSchemas(mapper);

    /**
     * @param articles the dataset's articles (with their stored texts), by id
     * @param idTaken  whether an id (lower case: ids that differ only in case are one id) belongs to another record
     */
    public List<Problem> check(AtlasRecord r, Map<String, Article> articles, Predicate<String> idTaken) {
        ProblemList problems = new ProblemList(null);
        RecordSchemas.Kind kind = r instanceof Incident ? RecordSchemas.Kind.INCIDENT : RecordSchemas.Kind.CENTER;
        String label = DatasetReader.label(r);
        JsonNode node = DatasetWriter.tree(r);
        boolean schemaOk = true;
        for (ValidationMessage m : schemas.validate(kind, node)) {
            schemaOk = false;
            problems.error(RecordSchemas.code(m), 0, 0, label, RecordSchemas.field(m), RecordSchemas.message(m),
                    RecordSchemas.hint(m));
        }
        if (schemaOk) {
            RecordConverter c = new RecordConverter(problems, FieldLocator.at(0, 0), label);
            if (r instanceof Incident) {
                c.incident(node);
            } else {
                c.center(node);
            }
        }
        if (r.id() != null && idTaken.test(r.id().toLowerCase(Locale.ROOT))) {
            problems.error(Problem.Code.DUPLICATE_ID, 0, 0, label, "id", "the id \"" + r.id()
                    + "\" is already used by another record.", "Give every article, centre and incident its own id.");
        }
        if (schemaOk) {
            new QuoteChecker(problems, articles).check(r, 0);
        }
        return problems.toList();
    }

    /** The problems of {@code problems} that are errors. */
    public static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

}
