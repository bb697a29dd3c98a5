package org.incidentatlas.ui.sources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.incidentatlas.app.Edit;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Every article of the dataset, quoted or not (one just added has no quote yet): outlet, title, date, whether
 * its text is stored, and how many passages of it the records quote. Enter or a double click opens it.
 */
public final class ArticleList extends TableView<Article> {

    private Map<String, Integer> quoted = new HashMap<>();

    public ArticleList(Workbench bench, Consumer<Article> open) {
        setId("articleList");
        TableColumn<Article, String> outlet = column("Outlet", a -> a.outlet() == null ? "(not named)" : a.outlet(), 140);
        TableColumn<Article, String> title = column("Title", a -> a.title() == null ? "(untitled)" : a.title(), 320);
        TableColumn<Article, String> date = column("Published", a -> a.published() == null ? "undated" : a.published(), 90);
        TableColumn<Article, String> text = column("Text", a -> a.hasText() ? "stored" : "not stored", 80);
        TableColumn<Article, Integer> quotes = new TableColumn<>("Quotes");
        quotes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(quoted.getOrDefault(c.getValue().id(), 0)));
        quotes.setPrefWidth(70);
        getColumns().add(outlet);
        getColumns().add(title);
        getColumns().add(date);
        getColumns().add(text);
        getColumns().add(quotes);
        setRowFactory(t -> {
            TableRow<Article> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.accept(getSelectionModel().getSelectedItem());
            }
        });
        // counted when the list is on screen: an edit elsewhere does not walk every quote of the dataset
        bench.datasetProperty().addListener((obs, old, d) -> {
            if (stale == null && d != null && bench.editInProgress() != null) {
                edited(bench.editInProgress(), d); // counts kept current: adjusted by the records the edit changed
                return;
            }
            stale = d;
            if (isVisible() && getScene() != null) {
                show(d);
            }
        });
        visibleProperty().addListener((obs, was, is) -> {
            if (is && stale != null) {
                show(stale);
            }
        });
        sceneProperty().addListener((obs, was, is) -> {
            if (is != null && stale != null && isVisible()) {
                show(stale);
            }
        });
        stale = bench.datasetProperty().get();
    }

    /** The dataset to show the next time the list is on screen; null when what it shows is current. */
    private Dataset stale;

    private void show(Dataset d) {
        stale = null;
        if (d == null) {
            getItems().clear();
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        // one pass over the records' quotes: a few milliseconds at 100,000 incidents
        for (Incident i : d.incidents()) {
            for (Quote q : i.quotes()) {
                counts.merge(q.articleId(), 1, Integer::sum);
            }
        }
        d.centers().forEach(c -> c.quotes().forEach(q -> counts.merge(q.articleId(), 1, Integer::sum)));
        quoted = counts;  // changed in place by later edits (edited)
        getItems().setAll(d.articles());
        refresh();
    }

    /** Adjusts the quote counts by the edit's records; the rows are set again only when articles changed. */
    private void edited(Edit e, Dataset d) {
        boolean articles = false;
        for (Edit.Change c : e.changes()) {
            articles |= c.before() instanceof Article || c.after() instanceof Article;
            count(c.before(), -1);
            count(c.after(), 1);
        }
        if (articles) {
            getItems().setAll(d.articles());
        }
        refresh();
    }

    private void count(Object record, int by) {
        List<Quote> quotes = record instanceof Incident i ? i.quotes() : record instanceof Center c ? c.quotes() : List.of();
        for (Quote q : quotes) {
            quoted.merge(q.articleId(), by, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private static TableColumn<Article, String> column(String name, Function<Article, String> value,
                                                       double width) {
        TableColumn<Article, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new SimpleStringProperty(DisplayText.safe(value.apply(x.getValue()))));
        c.setPrefWidth(width);
        return c;
    }
}
