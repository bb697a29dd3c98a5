package org.incidentatlas.ui.edit;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Quote;

/** A quote of the record being written: its article and words, and a button that takes it off. */
final class QuoteCell extends ListCell<Quote> {

    private final Consumer<Quote> remove;

    QuoteCell(Consumer<Quote> remove) {
        this.remove = remove;
    }

    @Override
    protected void updateItem(Quote q, boolean empty) {
        super.updateItem(q, empty);
        if (empty || q == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label words = new Label(q.articleId() + ": \u201c" + DisplayText.safe(q.text()) + "\u201d");
        words.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button x = new Button("\u2715");
        x.setId("formRemoveQuote");
        x.setOnAction(e -> remove.accept(q));
        setText(null);
        setGraphic(new HBox(6, words, x));
    }
}
