package org.incidentatlas.briefing;

import static org.incidentatlas.map.MapTestSupport.assertColour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.map.MapPicture;
import org.incidentatlas.map.MapTestSupport;
import org.incidentatlas.map.TypePalette;
import org.incidentatlas.map.basemap.Attribution;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The briefing page of the bundled dataset, composed headless: its size, its pixels, its words, its waiting. */
class BriefingComposerTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);
    private static Dataset dataset;

    @TempDir
    Path temp;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataset = MapTestSupport.bundled();
    }

    static BriefingRequest request(IncidentFilter f, String title, PageSize size, int density) {
        List<Incident> shown = dataset.incidents().stream().filter(f.toPredicate(SearchIndex.onDemand(), PlaceVariants.bundled()))
                .sorted(Incident.BY_DATE_THEN_ID).toList();
        List<Center> centres = dataset.centers().stream().filter(f.toCenterPredicate(PlaceVariants.bundled())).toList();
        return new BriefingRequest(dataset, shown, centres, f, title, size, density, BriefingRequest.Framing.fitAll(shown, centres));
    }

    private static Briefing compose(BriefingRequest r) throws Exception {
        return new BriefingComposer(MapPicture.TileSource.BASEMAP, Duration.ofSeconds(60), NOON).composeLater(r).get(90, TimeUnit.SECONDS);
    }

    private static Color pixel(WritableImage image, Point2D p) {
        return image.getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    private static String text(Briefing b, String id) {
        return ((Label) b.page().lookup(id)).getText();
    }

    @Test
    void twoXHasTwiceThePixelsOfOneXEachWay() throws Exception {
        Briefing one = compose(request(IncidentFilter.NONE, null, PageSize.page(960, 600), 1));
        Briefing two = compose(request(IncidentFilter.NONE, null, PageSize.page(960, 600), 2));
        assertEquals(List.of(960, 600), List.of(one.widthPx(), one.heightPx()));
        assertEquals(List.of(1920, 1200), List.of(two.widthPx(), two.heightPx()));
        assertEquals(6, two.incidentsInView());
    }

    @Test
    void theLegendSwatchAndAMarkerHaveTheTypesColourAndTheLegendIsBesideTheMap() throws Exception {
        Briefing b = compose(request(IncidentFilter.NONE, null, PageSize.SLIDE, 2));
        Node swatch = b.page().legend().swatch("attack").orElseThrow();
        Point2D swatchCentre = swatch.localToScene(9, 9); // the legend draws the marker in the middle of 18 x 18
        assertColour(TypePalette.colour("attack"), pixel(b.image(), swatchCentre.multiply(2)), "the legend's attack swatch");

        Incident prde = dataset.incidents().stream().filter(i -> i.id().startsWith("prde")).findFirst().orElseThrow();
        MapPicture map = b.page().picture();
        Point2D marker = map.localToScene(map.point(prde.lat(), prde.lon()));
        assertColour(TypePalette.colour("attack"), pixel(b.image(), marker.multiply(2)), "the attack's marker on the map");
        assertTrue(swatch.localToScene(swatch.getLayoutBounds()).getMinX() > map.localToScene(map.getLayoutBounds()).getMaxX(),
                "the legend stands beside the map, never over an incident");
    }

    @Test
    void thePageSaysTheTitleTheCountTheFilterTheDatasetAndWhenInWords() throws Exception {
        IncidentFilter f = IncidentFilter.NONE.withTypes(Set.of("attack", "clash"));
        Briefing b = compose(request(f, "  Kirkuk: ISIS attacks  ", PageSize.SLIDE, 1));
        assertEquals("Kirkuk: ISIS attacks", text(b, "#briefingTitle"));
        assertEquals("2 incidents", text(b, "#briefingCount"));
        assertEquals("Filters: " + f.describe(), text(b, "#briefingFilter"));
        assertEquals("Dataset: " + dataset.title(), text(b, "#briefingDataset"));
        assertEquals("Made 21 Nov 2026 at 10:15 GMT", text(b, "#briefingMade"));
        assertEquals(Attribution.TEXT, text(b, "#briefingAttribution"));
        assertTrue(b.page().legend().swatch("clash").isPresent());
        assertTrue(b.page().legend().swatch("meeting").isEmpty(), "only the types present are in the legend");
        assertTrue(b.page().lookup("#northArrow").isVisible());
        assertTrue(b.page().lookup("#scaleBar").isVisible());
    }

    @Test
    void bidirectionalControlsInTheTitleTheFilterAndTheDatasetAreShownNotObeyed() throws Exception {
        IncidentFilter f = IncidentFilter.NONE.withText("\u202Ekirkuk");
        Dataset tricked = new Dataset(dataset.file(), "Atlas \u2067of\u2069 Iraq\u200F", dataset.description(),
                dataset.attribution(), dataset.articles(), dataset.centers(), dataset.incidents());
        BriefingRequest r = new BriefingRequest(tricked, List.of(), List.of(), f, "report\u202Efdp.exe", PageSize.page(800, 500),
                1, BriefingRequest.Framing.fitAll(List.of(), dataset.centers()));
        Briefing b = compose(r);
        assertEquals("report\u2039RLO\u203Afdp.exe", text(b, "#briefingTitle"));
        assertTrue(text(b, "#briefingFilter").contains("\u2039RLO\u203Akirkuk"), text(b, "#briefingFilter"));
        assertEquals("Dataset: Atlas \u2039RLI\u203Aof\u2039PDI\u203A Iraq\u2039RLM\u203A", text(b, "#briefingDataset"));
    }

    @Test
    void noTitleMeansTheDatasetsTitle() throws Exception {
        Briefing b = compose(request(IncidentFilter.NONE, " ", PageSize.page(800, 500), 1));
        assertEquals(dataset.title(), text(b, "#briefingTitle"));
        assertEquals("No filters: every incident in the dataset", text(b, "#briefingFilter"));
    }

    @Test
    void theCurrentViewPresetKeepsTheMapsSizeAndGrowsThePageAroundIt() throws Exception {
        Briefing b = compose(request(IncidentFilter.NONE, null, PageSize.mapOf(700, 420), 1));
        MapPicture map = b.page().picture();
        assertEquals(700, map.getWidth());
        assertEquals(420, map.getHeight());
        assertTrue(b.widthPx() > 700 + 100 && b.heightPx() > 420 + 80, b.widthPx() + " x " + b.heightPx());
    }

    @Test
    void nothingIsWrittenUntilEveryTileIsDrawn() throws Exception {
        CompletableFuture<Void> tilesMayCome = new CompletableFuture<>();
        MapPicture.TileSource slow = (z, x, y, d) -> tilesMayCome.thenCompose(v -> MapPicture.TileSource.BASEMAP.tile(z, x, y, d));
        Path png = temp.resolve("briefing.png");
        CompletableFuture<Void> written = new BriefingComposer(slow, Duration.ofSeconds(60), NOON)
                .composeLater(request(IncidentFilter.NONE, null, PageSize.page(800, 500), 1))
                .thenAccept(b -> {
                    try {
                        b.writePng(png);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        Thread.sleep(1500);
        assertFalse(written.isDone(), "still waiting for the tiles");
        assertFalse(Files.exists(png));
        tilesMayCome.complete(null);
        written.get(60, TimeUnit.SECONDS);
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void tilesThatNeverComeAreAClearErrorNotAHalfDrawnPage() {
        BriefingComposer stuck = new BriefingComposer((z, x, y, d) -> new CompletableFuture<>(), Duration.ofMillis(300), NOON);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> stuck.composeLater(request(IncidentFilter.NONE, null, PageSize.page(800, 500), 1)).get(30, TimeUnit.SECONDS));
        assertEquals("the map was not drawn within 300 ms; nothing was made from a half-drawn map", BriefingComposer.reason(e));
    }

    @Test
    void aTileThatFailsFailsTheBriefing() {
        BriefingComposer broken = new BriefingComposer(
                (z, x, y, d) -> CompletableFuture.failedFuture(new IllegalStateException("no data")), Duration.ofSeconds(5), NOON);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> broken.composeLater(request(IncidentFilter.NONE, null, PageSize.page(800, 500), 1)).get(30, TimeUnit.SECONDS));
        assertEquals("the map could not be drawn (IllegalStateException: no data)", BriefingComposer.reason(e));
    }
}
