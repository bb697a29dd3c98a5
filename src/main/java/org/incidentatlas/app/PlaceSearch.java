package org.incidentatlas.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.incidentatlas.places.AdminLocation;
import org.incidentatlas.places.PlaceLookup;
import org.incidentatlas.places.PlaceMatch;

/**
 * The offline place lookup for the form, built once in the background when first wanted (it reads the
 * gazetteer, the basemap's places and the admin areas: a few hundred milliseconds), so neither the start of
 * the app nor a test that never looks a place up pays for it. Until it is built, lookups find nothing.
 */
public final class PlaceSearch {

    private final Tasks tasks;
    private final Supplier<PlaceLookup> build;
    private CompletableFuture<PlaceLookup> lookup;

    PlaceSearch(Tasks tasks, Supplier<PlaceLookup> build) {
        this.tasks = tasks;
        this.build = build;
    }

    /** Starts building the lookup in the background, if it is not built or being built. */
    public void prepare() {
        if (lookup == null) {
            CompletableFuture<PlaceLookup> f = new CompletableFuture<>();
            lookup = f;
            tasks.quietly(() -> {
                try {
                    f.complete(build.get());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
        }
    }

    /** Whether lookups can answer yet. */
    public boolean ready() {
        return lookup != null && lookup.isDone() && !lookup.isCompletedExceptionally();
    }

    /** Why the lookup could not be built (a damaged installation), for the form to say; null when it could. */
    public String failure() {
        if (lookup == null || !lookup.isCompletedExceptionally()) {
            return null;
        }
        try {
            lookup.join();
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return "the offline place lookup could not be built (" + cause.getMessage()
                    + "); place the point on the map instead, and reinstall the app";
        }
    }

    /** The places matching {@code typed}, best first (at most {@code max}); none until the lookup is built. */
    public List<PlaceMatch> find(String typed, int max) {
        prepare();
        return ready() ? lookup.join().lookup(typed, max) : List.of();
    }

    /** The governorate, district and sub-district around a point (a point placed on the map). */
    public AdminLocation around(double lat, double lon) {
        prepare();
        return ready() ? lookup.join().reverse(lat, lon) : AdminLocation.NOWHERE;
    }
}
