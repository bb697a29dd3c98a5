package org.incidentatlas.ui.sources;

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

    private ArticleView(Window owner, Article article) {
        stage.initOwner(owner);
        stage.setTitle(article.citation());
        Text text = new Text(article.text());
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
        Pane page = new Pane(highlight, flow);
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
        HBox bottom = new HBox(8, where, grow, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(0, 12, 6, 0));
        BorderPane root = new BorderPane(scroll, heading, null, bottom, null);
        root.setId("articleView");
        Scene scene = new Scene(root, 760, 640);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::close);
        stage.setScene(scene);
    }

    /** Opens the article with {@code quote} highlighted (or just the article when quote is null). */
    public static ArticleView open(Window owner, Article article, Quote quote) {
        ArticleView v = new ArticleView(owner, article);
        v.stage.show();
        Platform.runLater(() -> v.mark(article, quote));
        return v;
    }

    private void mark(Article article, Quote quote) {
        if (quote == null) {
            where.setText("");
            return;
        }
        Optional<NormalizedText.Span> span = NormalizedText.of(article.text()).find(quote.text());
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

    public Stage stage() {
        return stage;
    }
}
