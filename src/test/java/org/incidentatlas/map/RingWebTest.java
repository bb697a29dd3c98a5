package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Issue 13: district rings hundreds of pixels across never weave a web over a city (zoom 11 over Mosul). */
class RingWebTest extends ApplicationTest {

    @Override
    public void start(Stage stage) {
        // a Canvas needs the toolkit only
    }

    private static int outlines(int rings) {
        RingPainter p = new RingPainter();
        for (int k = 0; k < rings; k++) {
            // 250-300 px rings around points spread over a 1000 x 700 view, as UCDP district centroids are
            p.add(100 + 90 * k, 150 + 45 * (k % 4), 250 + 5 * k, Color.web("#7FBC41"));
        }
        int[] drawn = new int[1];
        Canvas c = new Canvas(1000, 700);
        drawn[0] = p.draw(c.getGraphicsContext2D(), 1000, 700);
        return drawn[0];
    }

    @Test
    void aFewLargeRingsAreFaintOutlinesAndManyAreNone() {
        assertEquals(2, outlines(2), "two wide rings still say where the areas are");
        assertEquals(RingPainter.MAX_OUTLINES, outlines(RingPainter.MAX_OUTLINES));
        assertEquals(0, outlines(10), "ten would cross into a web: their markers' dashed edges say it instead");
    }
}
