package org.incidentatlas.ui.sources;

import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * For the selected incident or centre: what it is, how anything inferred was inferred, and each verbatim quote
 * with the article it comes from, a button that opens the article (offline) at the quote, and one that copies
 * a citation. Everything is plain text.
 */
public final class QuotePane extends ScrollPane {

    private final VBox box = new VBox(10);
    private final Supplier<Map<String, Article>> articles;
    private ArticleView.PassageActions actions;

    private final Supplier<NearestCenters> nearest;

    public QuotePane(ObservableValue<AtlasRecord> selection, Supplier<Map<String, Article>> articles) {
        this(selection, articles, () -> NearestCenters.NONE);
    }

    /** @param nearest the centres each incident's nearest is found among (the open dataset's, or attached) */
    public QuotePane(ObservableValue<AtlasRecord> selection, Supplier<Map<String, Article>> articles,
                     Supplier<NearestCenters> nearest) {
        this.articles = articles;
        this.nearest = nearest;
        setId("quotePane");
        box.setPadding(new Insets(10));
        box.setFillWidth(true);
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        selection.addListener((obs, old, r) -> show(r));
        show(null);
    }

    private void show(AtlasRecord r) {
        box.getChildren().clear();
        if (r == null) {
            box.getChildren().add(wrap(new Label("Select an incident or centre, on the map or in a table, to see the "
                    + "words of the sources it rests on."), "muted"));
            return;
        }
        Label title = wrap(new Label(DisplayText.safe(r.label())), "heading");
        title.setId("quoteTitle");
        box.getChildren().addAll(title, wrap(new Label(DisplayText.safe(facts(r))), "facts"));
        NearestCenters.Nearest near = r instanceof Incident i ? nearest.get().of(i) : null;
        if (near != null) {
            Label centre = wrap(new Label("Nearest centre: " + DisplayText.safe(near.center().name()) + ", "
                    + near.kmText() + " km"), "muted");
            centre.setId("quoteNearest");
            box.getChildren().add(centre);
        }
        Label count = new Label(r.quotes().isEmpty() ? "No quote: nothing shows where this record comes from."
                : r.quotes().size() + (r.quotes().size() == 1 ? " quote" : " quotes"));
        count.setId("quoteCount");
        count.setWrapText(true);
        box.getChildren().add(count);
        Map<String, Article> byId = articles.get();
        for (Quote q : r.quotes()) {
            box.getChildren().add(card(q, byId.get(q.articleId())));
        }
        // the words of the sources first; how anything was inferred from them after
        if (r.notes() != null && !r.notes().isBlank()) {
            box.getChildren().add(wrap(new Label("How it was established: " + DisplayText.safe(r.notes())), "notes"));
        }
    }

    private VBox card(Quote q, Article a) {
        Label text = wrap(new Label("\u201c" + DisplayText.safe(q.text().strip()) + "\u201d"), "quote");
        Label source = wrap(new Label("\u2014 " + DisplayText.safe(a == null ? q.articleId() : a.citation())), "source");
        boolean verified = a != null && a.hasText();
        Label status = new Label(verified ? "verified in the stored article text"
                : "not verified: a source note (no stored text)");
        status.getStyleClass().add(verified ? "verified" : "unverified");
        Button open = new Button("Open article");
        open.getStyleClass().add("open-article");
        open.setDisable(!verified);
        open.setOnAction(e -> ArticleView.open(getScene().getWindow(), a, q, actions));
        Button copy = new Button("Copy citation");
        copy.getStyleClass().add("copy-citation");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(Citations.of(a, q));
            Clipboard.getSystemClipboard().setContent(c);
        });
        VBox card = new VBox(4, text, source, status, new HBox(6, open, copy));
        card.getStyleClass().add("quote-card");
        return card;
    }

    private static String facts(AtlasRecord r) {
        String where = r.geoPrecision().key() + (r.uncertaintyKm() == null ? "" : ", within about "
                + Math.round(r.uncertaintyKm()) + " km") + (r.province() == null ? "" : "; " + r.province());
        if (r instanceof Incident i) {
            return i.type() + " \u00b7 " + DateText.of(i) + " (" + i.datePrecision().key() + ")\n" + i.place() + " (" + where
                    + ")\nKilled " + Casualties.display(i.killed()) + ", injured " + Casualties.display(i.injured())
                    + (i.actors().isEmpty() ? "" : "\nActors: " + String.join("; ", i.actors())) + "\n" + i.summary()
                    + (i.analystEdited() && i.sourceId() != null
                    ? "\nEdited by you: an update from a newer export keeps it as it is." : "");
        }
        Center c = (Center) r;
        return c.kind() + (c.status() == null ? "" : " (" + c.status() + ")") + "\n" + where;
    }

    private static Label wrap(Label l, String style) {
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** What a passage selected in an article opened from here can become (the window's authoring). */
    public void setPassageActions(ArticleView.PassageActions a) {
        this.actions = a;
    }
}
