package org.incidentatlas.ui.edit;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.dataset.ArticleDraft;
import org.incidentatlas.importer.ArticleSource;
import org.incidentatlas.model.Article;

/**
 * File > Add article: the article's text pasted or read from a .txt, .md or .html file (HTML made readable
 * text), and what the analyst says of it: outlet, title, published date (day, month or year, or unknown) and
 * the address it was read at (kept as text, never opened). Stored, it opens in the article view to quote from.
 */
public final class AddArticleDialog {

    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    private final TextField outlet = RecordForm.text("articleOutlet");
    private final TextField title = RecordForm.text("articleTitle");
    private final TextField published = RecordForm.text("articlePublished");
    private final TextField url = RecordForm.text("articleUrl");
    private final TextField notes = RecordForm.text("articleNotes");
    private final Label problem = new Label();

    private AddArticleDialog(Window owner, Workbench bench, Consumer<Article> added) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Add article");
        text.setId("articleTextInput");
        text.setWrapText(true);
        text.setPromptText("Paste the article's text here, or choose a file (.txt, .md, .html).");
        published.setPromptText("YYYY-MM-DD, YYYY-MM, YYYY, or empty when the text gives no date");
        url.setPromptText("optional: where it was read (never opened)");
        notes.setPromptText("optional: how outlet, title or date were established");
        Button choose = new Button("Choose file\u2026");
        choose.setId("articleChooseFile");
        choose.setOnAction(e -> chooseFile(bench));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        String[] labels = {"Outlet", "Title", "Published", "URL", "Notes"};
        TextField[] fields = {outlet, title, published, url, notes};
        for (int i = 0; i < fields.length; i++) {
            grid.add(new Label(labels[i]), 0, i);
            grid.add(fields[i], 1, i);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
        }
        problem.setId("articleProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        Button store = new Button("Add article");
        store.setId("articleStore");
        store.setDefaultButton(true);
        store.disableProperty().bind(text.textProperty().isEmpty());
        store.setOnAction(e -> {
            problem.setText("");
            bench.files().addArticle(new ArticleDraft(text.getText(), outlet.getText(), title.getText(),
                    published.getText(), url.getText(), notes.getText(), null), a -> {
                        stage.close();
                        added.accept(a);
                    });
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox top = new HBox(8, choose, new Label("or paste the text below"));
        HBox bottom = new HBox(8, problem, store, cancel);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane(text, top, null, new BorderPane(bottom, grid, null, null, null), null);
        BorderPane.setMargin(text, new Insets(6, 0, 6, 0));
        root.setPadding(new Insets(10));
        root.setId("addArticleDialog");
        stage.setScene(new Scene(root, 720, 620));
    }

    /** Opens the dialog; {@code added} gets the stored article. */
    public static AddArticleDialog show(Window owner, Workbench bench, Consumer<Article> added) {
        AddArticleDialog d = new AddArticleDialog(owner, bench, added);
        d.stage.show();
        d.text.requestFocus();
        return d;
    }

    private void chooseFile(Workbench bench) {
        bench.files().chooseArticle(this::fill);
    }

    /** What the file gave: its text, and its title, date, outlet and address where the analyst left them empty. */
    private void fill(ArticleSource s) {
        text.setText(s.text());
        fillIfEmpty(title, s.title());
        fillIfEmpty(published, s.published());
        fillIfEmpty(outlet, s.outlet());
        fillIfEmpty(url, s.url());
    }

    private static void fillIfEmpty(TextField f, String value) {
        if (f.getText().isBlank() && value != null) {
            f.setText(value);
        }
    }

    public Stage stage() {
        return stage;
    }
}
