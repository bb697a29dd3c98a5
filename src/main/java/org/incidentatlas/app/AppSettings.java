package org.incidentatlas.app;

import java.util.Locale;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.basemap.OverlayStyle;

/**
 * What the application remembers between runs, apart from the window's own geometry: recent files and the last
 * dataset, each dataset's filters and map view (unless the analyst turned that off), and the last folders CSV and
 * PNG exports went to. Kept in the user's Java preferences; tests and the benchmark use nodes of their own.
 */
public final class AppSettings {

    public static final int RECENT_MAX = 8;
    /** Java preferences refuse longer values; a filter longer than this is not remembered. */
    private static final int LONGEST_VALUE = Preferences.MAX_VALUE_LENGTH;

    /** A remembered map view: its centre and zoom. */
    public record MapView(double lat, double lon, double zoom) { }

    /** An overlay as remembered: its file and style. */
    public record SavedOverlay(Path file, OverlayStyle style) { }

    /** A dataset's own map layers: its MBTiles base (null: the bundled basemap) and overlays, lowest first. */
    public record MapLayerList(Path basemap, List<SavedOverlay> overlays) {
        public MapLayerList {
            overlays = List.copyOf(overlays);
        }

        static final MapLayerList NONE = new MapLayerList(null, List.of());
    }

    /** What an export writes, for remembering its folder apart. */
    public enum ExportKind { CSV, PNG, GEOJSON, KML }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Preferences prefs;

    public AppSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The node named by {@code incidentatlas.prefs} (default {@code org/incidentatlas}). */
    public static Preferences defaultNode() {
        return Preferences.userRoot().node(System.getProperty("incidentatlas.prefs", "org/incidentatlas"));
    }

    public Preferences node() {
        return prefs;
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String s = prefs.get("recent." + i, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts {@code file} first in the recent files and remembers it as the last dataset. */
    public void opened(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(file);
        recent.add(0, file);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < recent.size()) {
                prefs.put("recent." + i, recent.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public Path lastDataset() {
        List<Path> recent = recentFiles();
        return recent.isEmpty() ? null : recent.get(0);
    }

    /** Whether each dataset's filters and map view come back when it is opened again (View menu; default on). */
    public boolean rememberPerDataset() {
        return prefs.getBoolean("rememberPerDataset", true);
    }

    public void setRememberPerDataset(boolean on) {
        prefs.putBoolean("rememberPerDataset", on);
    }

    /** Whether a playback shows the earlier frames faded under each frame (default on). */
    public boolean playbackFaded() {
        return prefs.getBoolean("playback.faded", true);
    }

    public void setPlaybackFaded(boolean on) {
        prefs.putBoolean("playback.faded", on);
    }

    public void saveFilter(Path dataset, IncidentFilter f) {
        String text = FilterCodec.write(f);
        Preferences node = datasetNode(dataset);
        if (f.isEmpty() || text.length() > LONGEST_VALUE) {
            node.remove("filter");
        } else {
            node.put("filter", text);
        }
    }

    public Optional<IncidentFilter> filter(Path dataset) {
        return FilterCodec.read(datasetNode(dataset).get("filter", null));
    }

    public void saveMapView(Path dataset, MapView view) {
        Preferences node = datasetNode(dataset);
        node.putDouble("map.lat", view.lat());
        node.putDouble("map.lon", view.lon());
        node.putDouble("map.zoom", view.zoom());
    }

    public Optional<MapView> mapView(Path dataset) {
        Preferences node = datasetNode(dataset);
        double zoom = node.getDouble("map.zoom", Double.NaN);
        if (Double.isNaN(zoom)) {
            return Optional.empty();
        }
        return Optional.of(new MapView(node.getDouble("map.lat", 0), node.getDouble("map.lon", 0), zoom));
    }

    public void saveMapLayers(Path dataset, MapLayerList layers) {
        ObjectNode o = JSON.createObjectNode();
        if (layers.basemap() != null) {
            o.put("basemap", layers.basemap().toString());
        }
        ArrayNode list = o.putArray("overlays");
        for (SavedOverlay s : layers.overlays()) {
            ObjectNode n = list.addObject();
            n.put("file", s.file().toString());
            n.put("name", s.style().name());
            n.put("colour", s.style().colour());
            n.put("line", s.style().line().name());
            n.put("width", s.style().width());
            n.put("visible", s.style().visible());
        }
        String text = o.toString();
        if (text.length() <= LONGEST_VALUE) {
            datasetNode(dataset).put("layers", text);
        }
    }

    /** The remembered layers of {@code dataset}; none when nothing (readable) was remembered. */
    public MapLayerList mapLayers(Path dataset) {
        String text = datasetNode(dataset).get("layers", null);
        if (text == null) {
            return MapLayerList.NONE;
        }
        try {
            JsonNode o = JSON.readTree(text);
            List<SavedOverlay> overlays = new ArrayList<>();
            for (JsonNode n : o.path("overlays")) {
                overlays.add(new SavedOverlay(Path.of(n.get("file").asText()), new OverlayStyle(n.get("name").asText(),
                        n.get("colour").asText(), OverlayStyle.LineStyle.of(n.get("line").asText()),
                        n.get("width").asDouble(), n.get("visible").asBoolean(true))));
            }
            return new MapLayerList(o.hasNonNull("basemap") ? Path.of(o.get("basemap").asText()) : null, overlays);
        } catch (JsonProcessingException | RuntimeException e) {
            return MapLayerList.NONE; // a damaged preference: a convenience lost, not an error
        }
    }

    /** The folder the last export of this kind went to, while it still exists. */
    public Optional<Path> exportFolder(ExportKind kind) {
        String s = prefs.get("export." + kind.name().toLowerCase(Locale.ROOT) + ".folder", null);
        return s == null ? Optional.empty() : Optional.of(Path.of(s)).filter(Files::isDirectory);
    }

    public void exported(ExportKind kind, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.put("export." + kind.name().toLowerCase(Locale.ROOT) + ".folder", folder.toString());
        }
    }

    /** Writes to the backing store; call it off the FX thread where possible. */
    /** Datasets left with a recovery copy of unsaved changes (offered at the next start). */
    public List<Path> pendingRecoveries() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String s = prefs.get("recovery." + i, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void recoveryPending(Path dataset) {
        List<Path> now = pendingRecoveries();
        if (!now.contains(dataset)) {
            now.add(0, dataset);
            putRecoveries(now);
        }
    }

    public void recoveryDone(Path dataset) {
        List<Path> now = pendingRecoveries();
        if (now.remove(dataset)) {
            putRecoveries(now);
        }
    }

    private void putRecoveries(List<Path> files) {
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < files.size()) {
                prefs.put("recovery." + i, files.get(i).toString());
            } else {
                prefs.remove("recovery." + i);
            }
        }
        flush();
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            System.err.println("Incident Atlas: settings could not be saved (" + e.getMessage() + ")");
        }
    }

    public void clear() {
        try {
            for (String child : prefs.childrenNames()) {
                prefs.node(child).removeNode();
            }
            prefs.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remembers which centres {@code dataset} is shown and measured with (issue 14). */
    public void saveReferenceCenters(Path dataset, ReferenceCenters.Choice choice) {
        datasetNode(dataset).put("centres", choice.key());
    }

    /** The centres chosen for {@code dataset}; {@link ReferenceCenters.Choice#AUTO} unless one was chosen. */
    public ReferenceCenters.Choice referenceCenters(Path dataset) {
        ReferenceCenters.Choice c = ReferenceCenters.Choice.parse(datasetNode(dataset).get("centres", "auto"));
        return c == null ? ReferenceCenters.Choice.AUTO : c;
    }

    /** One node per dataset file, named by a hash of its absolute path (node names are short and plain). */
    private Preferences datasetNode(Path dataset) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(dataset.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return prefs.node("datasets").node(HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
