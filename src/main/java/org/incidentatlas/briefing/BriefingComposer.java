package org.incidentatlas.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.map.MapPicture;

/**
 * Makes briefing pages, for the window and the command line alike, so both give the same picture: lays the
 * page out, has the map drawn for the space it leaves, waits until every tile of it is drawn, and only then
 * takes the page's pixels. A map not drawn in time is an error, never a half-drawn picture.
 */
public final class BriefingComposer {

    /** Long enough for a cold start (reading the basemap data) and a 3x A4 page on a slow laptop. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final MapPicture.TileSource tiles;
    private final Duration timeout;
    private final Clock clock;

    public BriefingComposer() {
        this(MapPicture.TileSource.BASEMAP, DEFAULT_TIMEOUT, Clock.systemDefaultZone());
    }

    /** @param clock gives the "made" time printed on the page */
    public BriefingComposer(MapPicture.TileSource tiles, Duration timeout, Clock clock) {
        this.tiles = tiles;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Starts composing; call on the FX thread. The future completes on the FX thread with the page's pixels, or
     * fails with a {@link BriefingException} that says why in one line.
     *
     * @param progress told the share of the map drawn so far, 0 to 1, on the FX thread
     */
    public CompletableFuture<Briefing> compose(BriefingRequest r, DoubleConsumer progress) {
        BriefingKey key = key(r);
        BriefingPage page = new BriefingPage(r, key, ZonedDateTime.now(clock));
        new Scene(page); // CSS and layout work only in a Scene; it need not be in a window
        page.layOut();
        int w = page.mapWidth();
        int h = page.mapHeight();
        if (w < 50 || h < 50) {
            return CompletableFuture.failedFuture(new BriefingException("the page is too small for a map: "
                    + w + " x " + h + " pixels are left for it"));
        }
        MapFraming view = r.framing().frame(w, h);
        // scale bar and north arrow text as large as the legend's (the window's map draws them at 11 px)
        double furniture = page.legendFontSize() / 11;
        MapPicture.Request map = new MapPicture.Request(r.incidents(), r.centers(), view, w, h, r.density(), furniture,
                r.layers(), r.filter() == null ? null : r.filter().near(), numbers(key), r.densityView(), r.earlier());
        return MapPicture.draw(map, tiles, timeout, progress)
                .handle((picture, e) -> {
                    if (e != null) {
                        throw new BriefingException(why(e));
                    }
                    return picture;
                })
                .thenApplyAsync(picture -> {
                    page.setMap(picture);
                    return new Briefing(page.snapshot(r.density()), page, r.size().dpi() * r.density());
                }, Platform::runLater);
    }

    /**
     * Starts composing the PDF's values on {@code paper}; call on the FX thread. The same key, numbers and map as
     * {@link #compose}; the map is drawn for page 1's map box. Write the result with {@code PdfBriefingWriter}
     * (off the FX thread).
     */
    public CompletableFuture<PdfBriefing> composePdf(BriefingRequest r, PdfBriefing.Paper paper) {
        BriefingKey key = key(r);
        ZonedDateTime made = ZonedDateTime.now(clock);
        int[] size = PdfComposer.mapSize(paper);
        MapFraming view = r.framing().frame(size[0], size[1]);
        MapPicture.Request map = new MapPicture.Request(r.incidents(), r.centers(), view, size[0], size[1],
                PdfComposer.DENSITY, 1, r.layers(), r.filter() == null ? null : r.filter().near(), numbers(key),
                r.densityView(), r.earlier());
        return MapPicture.draw(map, tiles, timeout, share -> { })
                .handle((picture, e) -> {
                    if (e != null) {
                        throw new BriefingException(why(e));
                    }
                    return picture;
                })
                .thenApplyAsync(picture -> PdfComposer.values(r, paper, key, picture, made), Platform::runLater);
    }

    /** {@link #composePdf} from any thread (the command line). */
    public CompletableFuture<PdfBriefing> composePdfLater(BriefingRequest r, PdfBriefing.Paper paper) {
        CompletableFuture<PdfBriefing> made = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                composePdf(r, paper).whenComplete((b, e) -> {
                    if (e != null) {
                        made.completeExceptionally(e);
                    } else {
                        made.complete(b);
                    }
                });
            } catch (RuntimeException e) {
                made.completeExceptionally(e);
            }
        });
        return made;
    }

    private static BriefingKey key(BriefingRequest r) {
        // a density view draws no markers, so it numbers none: its key is the legend's scale
        return r.key().lines() == 0 || r.densityView() != null ? BriefingKey.none(r.incidents().size())
                : BriefingKey.of(r.incidents(), r.key(), r.dataset().articlesById(), new NearestCenters(r.measuredFrom()));
    }

    private static List<MapPicture.Numbered> numbers(BriefingKey key) {
        return key.entries().stream().map(e -> new MapPicture.Numbered(e.number(), e.incident())).toList();
    }

    /** {@link #compose} from any thread (the command line): it runs on the FX thread, which must be running. */
    public CompletableFuture<Briefing> composeLater(BriefingRequest r) {
        CompletableFuture<Briefing> made = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                compose(r, share -> { }).whenComplete((b, e) -> {
                    if (e != null) {
                        made.completeExceptionally(e);
                    } else {
                        made.complete(b);
                    }
                });
            } catch (RuntimeException e) {
                made.completeExceptionally(e);
            }
        });
        return made;
    }

    /** Why a briefing failed, in one line without a stack trace. */
    public static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BriefingException) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private String why(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof TimeoutException) {
            String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            return "the map was not drawn within " + limit + "; nothing was made from a half-drawn map";
        }
        return "the map could not be drawn (" + reason(t) + ")";
    }

    /** A briefing that could not be made; the message is one line for the analyst. */
    public static final class BriefingException extends RuntimeException {
        BriefingException(String message) {
            super(message, null, false, false);
        }
    }
}
