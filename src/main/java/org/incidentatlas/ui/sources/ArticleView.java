package org.incidentatlas.ui.sources;

import org.incidentatlas.dataset.QuoteOffsets;
import javafx.scene.layout.VBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.Cursor;
import javafx.geometry.Point2D;
import java.util.function.BiConsumer;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.dataset.NormalizedText;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Quote;

/**
 * An article's stored text, offline, with a quote highlighted and scrolled into view. The text is shown as
 * plain text: nothing in it is interpreted.
 */
public final class ArticleView {

    private static final double MARGIN_X = 24;
    private static final double MARGIN_Y = 18;

    private final Stage stage = new Stage();
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final ScrollPane scroll;
    private final Label where = new Label();
    private final Path selected = new Path();
    private final Text text;
    private final Article article;
    private final PassageActions actions;
    private int anchor = -1;
    private int selStart;
    private int selEnd;
    private final FlowPane authoring = new FlowPane(6, 4);

    /**
     * What the analyst can do with a passage selected in the article: make it the quote of a new incident or
     * centre, or add it to the selected record's quotes.
     */
    public interface PassageActions {
        void newIncident(Article article, Quote passage);

        void newCentre(Article article, Quote passage);

        void addToSelected(Article article, Quote passage);

        /** What "Add as quote to …" names ("“Attack on Prde”"); null when nothing is selected. */
        String selectedLabel();
    }

    private ArticleView(Window owner, Article article, PassageActions actions) {
        this.article = article;
        this.actions = actions;
        stage.initOwner(owner);
        stage.setTitle(article.citation());
        text = new Text(article.text());
        text.setFont(Font.font("Serif", 15));
        flow.getChildren().add(text);
        flow.setId("articleText");
        flow.setLineSpacing(3);
        highlight.setId("articleHighlight");
        highlight.setFill(Color.web("#ffe066"));
        highlight.setStroke(null);
        highlight.setManaged(false);
        // The margin is the flow's position in the page, not padding: TextFlow.rangeShape() ignores padding
        // (JavaFX 21), which put the highlight a line above and left of the quote.
        selected.setId("articleSelection");
        selected.setFill(Color.web("#90caf9", 0.75));
        selected.setStroke(null);
        selected.setManaged(false);
        Pane page = new Pane(highlight, selected, flow);
        selecting(flow);
        flow.relocate(MARGIN_X, MARGIN_Y);
        flow.prefWidthProperty().bind(page.widthProperty().subtract(2 * MARGIN_X));
        page.setPadding(new Insets(0, 0, MARGIN_Y, 0));
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Label heading = new Label(article.citation() + (article.textPath() == null ? "" : "   \u2014 " + article.textPath()));
        heading.setWrapText(true);
        heading.setPadding(new Insets(8, 12, 4, 12));
        heading.setStyle("-fx-font-weight: bold;");
        where.setId("articleQuoteStatus");
        where.setPadding(new Insets(4, 12, 6, 12));
        Button close = new Button("Close");
        close.setId("articleClose");
        close.setCancelButton(true); // Esc
        close.setOnAction(e -> stage.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        authoring.setId("articleAuthoring");
        authoring.setAlignment(Pos.CENTER_LEFT);
        authoring.setPrefWrapLength(700);
        if (actions != null) {
            authoringButtons();
        }
        HBox bottom = new HBox(8, where, grow, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(0, 12, 6, 0));
        BorderPane root = new BorderPane(scroll, new VBox(heading, authoring), null, bottom, null);
        root.setId("articleView");
        Scene scene = new Scene(root, 760, 640);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::close);
        stage.setScene(scene);
    }

    /** Opens the article with {@code quote} highlighted (or just the article when quote is null). */
    public static ArticleView open(Window owner, Article article, Quote quote) {
        return open(owner, article, quote, null);
    }

    /** Opens the article; with {@code actions}, a passage selected with the mouse can become a quote. */
    public static ArticleView open(Window owner, Article article, Quote quote, PassageActions actions) {
        ArticleView v = new ArticleView(owner, article, actions);
        v.stage.show();
        Platform.runLater(() -> v.mark(article, quote));
        return v;
    }

    private void mark(Article article, Quote quote) {
        if (quote == null) {
            where.setText("");
            return;
        }
        Optional<NormalizedText.Span> span = QuoteOffsets.holds(article.text(), quote)
                ? Optional.of(offsets(article.text(), quote)) : NormalizedText.of(article.text()).find(quote.text());
        if (span.isEmpty()) {
            where.setText("The quote was not found in this text.");
            return;
        }
        flow.applyCss();
        flow.layout();
        highlight.getElements().setAll(flow.rangeShape(span.get().start(), span.get().end()));
        highlight.setLayoutX(flow.getLayoutX());
        highlight.setLayoutY(flow.getLayoutY());
        where.setText("Highlighted: the quote, characters " + span.get().start() + "\u2013" + span.get().end() + ".");
        Bounds b = highlight.getBoundsInParent();
        double content = flow.getBoundsInParent().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            double target = Math.max(0, b.getMinY() - viewport / 3);
            scroll.setVvalue(Math.min(1, target / (content - viewport)));
        }
    }

    private static NormalizedText.Span offsets(String text, Quote q) {
        int[] units = QuoteOffsets.units(text, q.start(), q.end());
        return new NormalizedText.Span(units[0], units[1]);
    }

    // ---------------------------------------------------------------- selecting a passage

    private void selecting(TextFlow f) {
        f.setCursor(Cursor.TEXT);
        f.setOnMousePressed(e -> {
            int at = f.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
            if (e.isShiftDown() && anchor >= 0) {
                select(anchor, at);
            } else {
                anchor = at;
                select(at, at);
            }
        });
        f.setOnMouseDragged(e -> {
            if (anchor >= 0) {
                select(anchor, f.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex());
            }
        });
    }

    /** Selects the text between two insertion points (UTF-16 indexes of the shown text), white space at its ends left out. */
    public void select(int a, int b) {
        String t = article.text();
        int s = Math.max(0, Math.min(a, b));
        int e = Math.min(t.length(), Math.max(a, b));
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        selStart = s;
        selEnd = e;
        if (s == e) {
            selected.getElements().clear();
        } else {
            selected.getElements().setAll(flow.rangeShape(s, e));
            selected.setLayoutX(flow.getLayoutX());
            selected.setLayoutY(flow.getLayoutY());
        }
        boolean none = s == e;
        authoring.getChildren().forEach(n -> n.setDisable(n instanceof Button && (none
                || "needsRecord".equals(n.getUserData()) && actions.selectedLabel() == null)));
        if (s != e) {
            where.setText("Selected: characters " + QuoteOffsets.codePoints(t, s) + "\u2013" + QuoteOffsets.codePoints(t, e) + ".");
        }
    }

    /** The selected passage as a quote of this article, with its offsets in code points; null when none. */
    public Quote passage() {
        if (selStart == selEnd) {
            return null;
        }
        String t = article.text();
        return new Quote(article.id(), t.substring(selStart, selEnd), List.of(), QuoteOffsets.codePoints(t, selStart),
                QuoteOffsets.codePoints(t, selEnd));
    }

    private void authoringButtons() {
        Button incident = new Button("New incident from passage");
        incident.setId("articleNewIncident");
        incident.setOnAction(e -> withPassage(actions::newIncident));
        Button add = new Button("Add as quote to the selected record");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setId("articleAddQuote");
        add.setUserData("needsRecord");
        add.setOnAction(e -> withPassage(actions::addToSelected));
        Button centre = new Button("New centre from passage");
        centre.setId("articleNewCentre");
        centre.setOnAction(e -> withPassage(actions::newCentre));
        Label hint = new Label("Select a passage with the mouse, then:");
        authoring.getChildren().addAll(incident, add, centre);
        authoring.getChildren().forEach(n -> n.setDisable(true));
        authoring.getChildren().add(0, hint);
        hint.setDisable(false);
        authoring.setPadding(new Insets(0, 12, 6, 12));
        stage.focusedProperty().addListener((obs, was, is) -> {
            String label = actions.selectedLabel();
            add.setText(label == null ? "Add as quote to the selected record" : "Add as quote to " + label);
            add.setDisable(selStart == selEnd || label == null);
        });
    }

    private void withPassage(BiConsumer<Article, Quote> then) {
        Quote q = passage();
        if (q != null) {
            then.accept(article, q);
            where.setText("Passage taken: characters " + q.start() + "\u2013" + q.end() + ".");
        }
    }

    public Stage stage() {
        return stage;
    }
}
