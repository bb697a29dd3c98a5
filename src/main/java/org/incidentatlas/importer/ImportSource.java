package org.incidentatlas.importer;

import java.util.Locale;
import java.util.Optional;

/** The event datasets the app can import. */
public enum ImportSource {
    UCDP("ucdp", "UCDP GED"),
    ACLED("acled", "ACLED");

    private final String key;
    private final String label;

    ImportSource(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used on the command line, e.g. {@code "ucdp"}. */
    public String key() {
        return key;
    }

    /** The name a person reads, e.g. "UCDP GED". */
    public String label() {
        return label;
    }

    public static Optional<ImportSource> fromKey(String key) {
        for (ImportSource s : values()) {
            if (s.key.equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
