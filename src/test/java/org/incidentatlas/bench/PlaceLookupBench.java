package org.incidentatlas.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.model.Geo;
import org.incidentatlas.places.PlaceLookup;
import org.incidentatlas.places.PlaceMatch;

/**
 * The place lookup's figures for docs/BENCHMARKS.md ("Place lookup (issue 11)"), and its hit rate on the place
 * names of the real UCDP data:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.PlaceLookupBench -Dexec.classpathScope=test
 * </pre>
 * Build: the first build in the JVM (what the app pays at start, classes loading included), then the median of
 * further builds. Lookup: the median over every prefix (from 1 character) of every distinct UCDP place name, each
 * looked up for 10 suggestions. Hit rate: a UCDP name (its kind word, "town", "province", "Qaḑā’"... taken off)
 * is found when one of the first 5 suggestions lies within 25 km of UCDP's point or is an area around it.
 */
public final class PlaceLookupBench {

    private static final Path UCDP = Path.of("assets/realdata/ucdp_ged191_iraq.csv");
    private static final Pattern KIND_WORDS = Pattern.compile(
            "(?i)\\s+(town|city|village|province|governorate|district|sub-district|subdistrict|area|camp)$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(qa[dḑ][aā][’']?|n[aā]ḩ?h?[iī]yat?)\\s+");
    /** Iraq or a part of it ("Northern Iraq", "Southeastern Iraq"), a road, a border: no place to look up. */
    private static final Pattern NOT_A_PLACE = Pattern.compile("(?i)^([a-z]+\\s+)?iraq$|^road between|border|between");
    private static final double NEAR_KM = 25;

    private PlaceLookupBench() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        PlaceLookup places = PlaceLookup.bundled();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        double[] builds = new double[7];
        for (int i = 0; i < builds.length; i++) {
            long t = System.nanoTime();
            PlaceLookup.bundled();
            builds[i] = (System.nanoTime() - t) / 1e6;
        }
        Map<String, double[]> names = ucdpNames(); // name -> {lat, lon, events}
        List<String> prefixes = new ArrayList<>();
        for (String n : names.keySet()) {
            for (int k = 1; k <= n.length(); k++) {
                prefixes.add(n.substring(0, k));
            }
        }
        for (String p : prefixes) {
            places.lookup(p, 10); // warm-up
        }
        double[] times = new double[prefixes.size()];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            places.lookup(prefixes.get(i), 10);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        int tried = 0;
        int anything = 0;
        int right = 0;
        double events = 0;
        double eventsRight = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, double[]> e : names.entrySet()) {
            String name = clean(e.getKey());
            if (name == null) {
                continue;
            }
            tried++;
            events += e.getValue()[2];
            List<PlaceMatch> m = places.lookup(name, 5);
            if (!m.isEmpty()) {
                anything++;
            }
            double lat = e.getValue()[0];
            double lon = e.getValue()[1];
            boolean hit = m.stream().anyMatch(x -> Geo.distanceKm(lat, lon, x.lat(), x.lon()) < NEAR_KM
                    || x.kind().isArea() && Geo.distanceKm(lat, lon, x.lat(), x.lon()) <= x.uncertaintyKm());
            if (hit) {
                right++;
                eventsRight += e.getValue()[2];
            } else {
                missed.add(e.getKey());
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %.0f GiB, load %s; %s%n", Machine.cores(), Machine.ramGiB(),
                Machine.loadAverage(), System.getProperty("java.runtime.version"));
        System.out.printf(Locale.ROOT, "places: %,d; build first %.0f ms, then median %.0f ms (of %d)%n", places.size(),
                firstMs, median(builds), builds.length);
        System.out.printf(Locale.ROOT, "lookup: %,d prefixes, median %.3f ms, 90th %.3f ms, max %.3f ms%n",
                times.length, median(times), percentile(times, 0.9), Arrays.stream(times).max().orElse(0));
        System.out.printf(Locale.ROOT, "UCDP names: %d distinct, %d place names tried; some suggestion %d (%.0f%%); "
                        + "the right place in the first 5: %d (%.0f%%), %.0f%% of their events%n", names.size(), tried,
                anything, 100.0 * anything / tried, right, 100.0 * right / tried, 100.0 * eventsRight / events);
        System.out.println("missed (first 40): " + missed.subList(0, Math.min(40, missed.size())));
    }

    /** The name without UCDP's kind words, or null when it names no place (a region of Iraq, a road, a border). */
    static String clean(String where) {
        String s = where.strip();
        if (NOT_A_PLACE.matcher(s).find()) {
            return null;
        }
        s = LEADING.matcher(s).replaceFirst("");
        s = KIND_WORDS.matcher(s).replaceFirst("");
        return s.isBlank() ? null : s;
    }

    private static Map<String, double[]> ucdpNames() throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(UCDP, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String name = r.get("where_coordinates");
                if (name.isBlank() || r.get("latitude").startsWith("#")) {
                    continue; // HDX's hashtag row under the header
                }
                double[] v = out.computeIfAbsent(name, k -> new double[] {Double.parseDouble(r.get("latitude")),
                        Double.parseDouble(r.get("longitude")), 0});
                v[2]++;
            }
        }
        return out;
    }

    private static double median(double[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * (s.length - 1) + 0.5))];
    }
}
