package org.incidentatlas.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Draws real tiles from the bundled data (no JavaFX) and looks at their pixels. */
class TileRendererTest {

    private static BasemapData data;
    private static TileRenderer renderer;

    @BeforeAll
    static void load() {
        data = BasemapData.load();
        renderer = new TileRenderer(data);
    }

    @Test
    void landSeaLakeAndRiverAreWhereTheyBelong() {
        assertEquals(BasemapStyle.SEA.getRGB(), pixel(8, 29.6, 49.3), "Persian Gulf is sea");
        assertEquals(BasemapStyle.LAKE.getRGB(), pixel(8, 34.0, 43.3), "Lake Tharthar is water");
        assertEquals(BasemapStyle.LAND_IRAQ.getRGB(), pixel(8, 35.2, 42.5), "the Jazira west of the Tigris is Iraqi land");
        assertEquals(BasemapStyle.LAND_OTHER.getRGB(), pixel(8, 37.5, 47.0), "Iran is a neighbour's land");
        assertEquals(BasemapStyle.LAND_OTHER.getRGB(), pixel(5, 45.0, 10.0), "Italy comes from the world layer");
        int river = pixel(10, 34.95444, 43.53249); // a vertex of the Tigris
        assertTrue(blue(river) > red(river) + 40, "the Tigris is drawn blue, was #" + Integer.toHexString(river));
    }

    @Test
    void tilesAreWholeAndOpaque() {
        BufferedImage t = renderer.render(8, 159, 101);
        assertEquals(256, t.getWidth());
        for (int y = 0; y < 256; y += 17) {
            for (int x = 0; x < 256; x += 17) {
                assertEquals(255, t.getRGB(x, y) >>> 24, "opaque at " + x + "," + y);
            }
        }
    }

    @Test
    void aDenserTileIsTheSameMapWithMorePixels() {
        BufferedImage one = renderer.render(8, 159, 101);
        BufferedImage two = renderer.render(8, 159, 101, 2);
        assertEquals(512, two.getWidth());
        int same = 0;
        int n = 0;
        for (int y = 3; y < 256; y += 11) {
            for (int x = 3; x < 256; x += 11) {
                n++;
                same += one.getRGB(x, y) == two.getRGB(2 * x, 2 * y) ? 1 : 0;
            }
        }
        // plain land and water agree pixel for pixel; only the edges of lines and letters differ
        assertTrue(same > n * 0.9, same + " of " + n + " sample pixels agree");
    }

    @Test
    void namesNeverOverlapAndGrowInNumberWithZoom() {
        LabelPlanner planner = new LabelPlanner(data);
        int previous = 0;
        for (int zoom = 5; zoom <= 11; zoom++) {
            List<MapLabel> plan = planner.plan(zoom);
            for (int i = 0; i < plan.size(); i++) {
                Rectangle2D a = plan.get(i).textBox();
                for (int j = 0; j < plan.size(); j++) {
                    MapLabel b = plan.get(j);
                    Rectangle2D dot = new Rectangle2D.Double(b.dotX() - b.dotR(), b.dotY() - b.dotR(), 2 * b.dotR(),
                            2 * b.dotR());
                    assertTrue(i == j || !a.intersects(b.textBox()) && (b.dotR() == 0 || !a.intersects(dot)),
                            plan.get(i).text() + " overlaps " + b.text() + " at zoom " + zoom);
                }
            }
            long places = plan.stream().filter(l -> l.dotR() > 0).count();
            assertTrue(places >= previous, "zoom " + zoom + " names fewer places than the zoom before");
            previous = (int) places;
        }
        assertTrue(planner.plan(5).stream().anyMatch(l -> l.text().equals("Kirkuk")));
        assertTrue(planner.plan(5).stream().anyMatch(l -> l.text().equals("IRAQ")), "the country is named");
        assertTrue(planner.plan(8).stream().anyMatch(l -> l.text().equals("KURDISTAN REGION")));
    }

    private static int pixel(int zoom, double lat, double lon) {
        double s = Mercator.worldPixels(zoom);
        double x = Mercator.x(lon) * s;
        double y = Mercator.y(lat) * s;
        long tx = (long) (x / 256);
        long ty = (long) (y / 256);
        return renderer.render(zoom, tx, ty).getRGB((int) (x - tx * 256), (int) (y - ty * 256));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
