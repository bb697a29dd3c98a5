package org.incidentatlas.ui.edit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.stage.Window;
import org.incidentatlas.app.Editing;
import org.incidentatlas.app.IncidentDraft;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.incidentatlas.ui.sources.ArticleView;

/**
 * The window's authoring actions: the Edit menu's commands on the selection, and what the article view does with
 * a selected passage. It opens the record form beside the map and decides nothing itself: every change is a
 * {@link Editing} command.
 */
public final class Authoring implements ArticleView.PassageActions {

    private final Window owner;
    private final Workbench bench;
    private final RecordForm form;
    private final Runnable showForm;

    /**
     * @param showForm puts the form where the sources pane is
     * @param hideForm puts the sources pane back
     */
    public Authoring(Window owner, Workbench bench, AtlasMap map, Runnable showForm, Runnable hideForm) {
        this.owner = owner;
        this.bench = bench;
        this.showForm = showForm;
        this.form = new RecordForm(bench.editing(), bench.placeSearch(), map, this::types, this::actors, hideForm);
    }

    public RecordForm form() {
        return form;
    }

    /** Edit > New incident (Ctrl+N): an empty form. */
    public void newIncident() {
        IncidentDraft d = new IncidentDraft();
        d.id = bench.editing().freeId("inc-");
        open(d, null, false, "New incident");
    }

    /** Edit > Edit (F2 or Enter on a row): the selected incident or centre in the form. */
    public void editSelected() {
        AtlasRecord r = bench.selectionProperty().get();
        if (r instanceof Incident i) {
            open(IncidentDraft.of(i), i, false, "Edit incident \u201c" + i.title() + "\u201d");
        } else if (r instanceof Center c) {
            open(IncidentDraft.of(c), c, true, "Edit centre \u201c" + c.name() + "\u201d");
        } else {
            bench.say("Select an incident or a centre to edit it.");
        }
    }

    public void duplicateSelected() {
        AtlasRecord r = bench.selectionProperty().get();
        if (r != null) {
            bench.editing().duplicate(r);
        }
    }

    public void deleteSelected() {
        AtlasRecord r = bench.selectionProperty().get();
        if (r != null) {
            bench.editing().delete(List.of(r));
            bench.say("Deleted \u201c" + r.label() + "\u201d. Undo (Ctrl+Z) brings it back.");
        }
    }

    /** File > Add article: the dialog, then the article opened to quote from. */
    public void addArticle() {
        AddArticleDialog.show(owner, bench, this::openArticle);
    }

    /** Opens an article to read and quote from. */
    public void openArticle(Article a) {
        if (!a.hasText()) {
            bench.say("\u201c" + a.citation() + "\u201d has no stored text to open.");
            return;
        }
        ArticleView.open(owner, a, null, this);
    }

    // ---------------------------------------------------------------- a passage of an article

    @Override
    public void newIncident(Article article, Quote passage) {
        open(IncidentDraft.fromPassage(bench.editing().freeId("inc-"), article, passage), null, false,
                "New incident from " + article.citation());
    }

    @Override
    public void newCentre(Article article, Quote passage) {
        IncidentDraft d = new IncidentDraft();
        d.id = bench.editing().freeId("ctr-");
        d.quotes.add(passage);
        d.status = "active";
        open(d, null, true, "New centre from " + article.citation());
    }

    @Override
    public void addToSelected(Article article, Quote passage) {
        if (form.isWriting()) {
            form.addQuote(passage);
            return;
        }
        AtlasRecord r = bench.selectionProperty().get();
        if (r != null && bench.editing().addQuote(r, passage)) {
            bench.say("Added a quote from " + article.citation() + " to \u201c" + r.label() + "\u201d.");
        }
    }

    @Override
    public String selectedLabel() {
        if (form.isWriting()) {
            return "the record being written";
        }
        AtlasRecord r = bench.selectionProperty().get();
        return r == null ? null : "\u201c" + r.label() + "\u201d";
    }

    private void open(IncidentDraft d, AtlasRecord replacing, boolean centre, String title) {
        showForm.run();
        form.show(d, replacing, centre, title);
    }

    private List<String> types(boolean centres) {
        if (centres) {
            return bench.allCenters().stream().map(Center::kind).distinct().sorted().toList();
        }
        return mostUsed(bench.totalsProperty().get() == null ? Map.of() : bench.totalsProperty().get().types());
    }

    private List<String> actors(boolean centres) {
        ListCounts t = bench.totalsProperty().get();
        return centres || t == null ? List.of() : mostUsed(t.actors());
    }

    private static List<String> mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }
}
