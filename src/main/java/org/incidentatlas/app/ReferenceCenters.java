package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The coordination centres a dataset is measured against. Imported data (UCDP, ACLED) has no centres of its own,
 * so the analyst attaches a set of reference centres: the bundled dataset's JCCs, chosen by default for a dataset
 * whose incidents lie in their region, so that "within N km" and the nearest-centre columns work on any data.
 * The window remembers the choice per dataset ({@link AppSettings#referenceCenters}); the command line takes
 * {@code --centres}.
 */
public final class ReferenceCenters {

    /** Which centres a dataset is shown with. */
    public enum Choice {
        /** Its own centres; when it has none, the bundled ones if its incidents are in their region. */
        AUTO,
        /** Its own centres and the bundled ones (one of each id). */
        BUNDLED,
        /** Its own centres only (none for imported data). */
        OWN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The choice named {@code key} ("auto", "bundled", "own"), or null when it names none. */
        public static Choice parse(String key) {
            for (Choice c : values()) {
                if (c.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * An incident within this distance of a bundled centre is "in the region": the JCCs' area of work (northern
     * and central Iraq), with room for the governorates around it.
     */
    static final double REGION_KM = 300;
    /** How many incidents, evenly spread through the list, decide whether a dataset is in the region. */
    private static final int SAMPLE = 2000;

    private final Path bundledDataset;
    private List<Center> bundled;

    public ReferenceCenters(Path bundledDataset) {
        this.bundledDataset = bundledDataset;
    }

    /** The bundled dataset of this run of the app (see {@link BundledFiles}). */
    public static ReferenceCenters ofThisRun() {
        return new ReferenceCenters(BundledFiles.ofThisRun().dataset());
    }

    /**
     * The bundled dataset's centres, read once (I/O: not on the FX thread). Empty when the bundled dataset
     * cannot be read, which the caller says; the dataset's own centres still work.
     */
    public synchronized List<Center> bundled() {
        if (bundled == null) {
            ReadResult r = new DatasetReader().read(bundledDataset);
            bundled = r.ok() ? r.dataset().centers() : List.of();
        }
        return bundled;
    }

    /** The centres {@code d} is shown and measured with under {@code choice}. */
    public List<Center> forDataset(Dataset d, Choice choice) {
        return switch (choice) {
            case OWN -> d.centers();
            case BUNDLED -> merged(d.centers(), bundled());
            case AUTO -> !d.centers().isEmpty() ? d.centers()
                    : inRegion(d.incidents(), bundled()) ? bundled() : List.of();
        };
    }

    /** {@code d} with {@code centers} in place of its own (for the command line: nothing is written back). */
    public static Dataset attach(Dataset d, List<Center> centers) {
        return new Dataset(d.file(), d.title(), d.description(), d.attribution(), d.articles(), centers, d.incidents(), d.aliases());
    }

    /**
     * True when at least half of the incidents (a spread sample of them) lie within {@link #REGION_KM} of one of
     * {@code centers}. False for no incidents or no centres.
     */
    public static boolean inRegion(List<Incident> incidents, List<Center> centers) {
        if (incidents.isEmpty() || centers.isEmpty()) {
            return false;
        }
        NearestCenters nearest = new NearestCenters(centers);
        int step = Math.max(1, incidents.size() / SAMPLE);
        int looked = 0;
        int near = 0;
        for (int k = 0; k < incidents.size(); k += step) {
            looked++;
            if (nearest.of(incidents.get(k)).km() <= REGION_KM) {
                near++;
            }
        }
        return 2 * near >= looked;
    }

    private static List<Center> merged(List<Center> own, List<Center> reference) {
        Map<String, Center> byId = new LinkedHashMap<>();
        own.forEach(c -> byId.put(c.id(), c));
        reference.forEach(c -> byId.putIfAbsent(c.id(), c));
        return new ArrayList<>(byId.values());
    }
}
