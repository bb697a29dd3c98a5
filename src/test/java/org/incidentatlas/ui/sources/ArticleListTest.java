package org.incidentatlas.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.incidentatlas.ui.BenchViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The article list's quote counts follow edits (adjusted by the edited records, not counted again). */
class ArticleListTest extends ApplicationTest {

    @TempDir
    Path temp;

    private Workbench bench;
    private ArticleList list;

    @Override
    public void start(Stage stage) throws Exception {
        bench = BenchViews.workbench();
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Listed", 12));
        list = new ArticleList(bench, a -> { });
        stage.setScene(new Scene(list, 800, 300));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        BenchViews.forgetSettings();
    }

    private int quotesOf(String articleId) {
        Article a = list.getItems().stream().filter(x -> x.id().equals(articleId)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var column = (javafx.scene.control.TableColumn<Article, Integer>) list.getColumns().get(list.getColumns().size() - 1);
        return column.getCellObservableValue(a).getValue();
    }

    @Test
    void quoteCountsFollowAddsDeletesAndUndo() {
        WaitForAsyncUtils.waitForFxEvents();
        int quoted = bench.datasetProperty().get().incidents().size() + bench.datasetProperty().get().centers().size();
        assertEquals(quoted, quotesOf("a1"), "every record quotes a1 once");
        Incident first = bench.datasetProperty().get().incidents().get(0);
        Quote more = new Quote("a1", TestDatasets.LONG_QUOTE, List.of("place"));
        interact(() -> bench.editing().addQuote(first, more));
        assertEquals(quoted + 1, quotesOf("a1"));
        Incident second = bench.datasetProperty().get().incidents().get(1);
        interact(() -> bench.editing().delete(List.of(second)));
        assertEquals(quoted, quotesOf("a1"));
        interact(() -> bench.editing().undo());
        interact(() -> bench.editing().undo());
        assertEquals(quoted, quotesOf("a1"), "both undone");
        interact(() -> bench.editing().redo());
        assertEquals(quoted + 1, quotesOf("a1"), "the added quote again");
        Article fresh = new Article("a2", "Other Wire", "Later report", "2020-02-01", null, null, null, null, null);
        interact(() -> bench.editing().addArticle(fresh));
        assertEquals(0, quotesOf("a2"), "a new article is listed, unquoted");
    }
}
