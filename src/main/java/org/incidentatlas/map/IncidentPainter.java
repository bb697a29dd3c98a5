package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.map.basemap.MapLabel;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * Draws incidents and centres onto one canvas for one viewport. Below {@link #CLUSTER_BELOW_ZOOM}, or when more
 * than {@link #MAX_SINGLE} incidents are in view, incidents that fall in the same cell of a grid fixed to the
 * world (so a pan does not reshuffle them) become one counted cluster; zooming in splits them. Records what it
 * drew in a {@link HitIndex}.
 */
final class IncidentPainter {

    static final int CLUSTER_BELOW_ZOOM = 11;
    static final int MAX_SINGLE = 2500;
    /** Cluster grid cell, in pixels. */
    static final double CELL = 46;
    /**
     * Clusters this small are drawn as their markers: each where it is, and those that stand at one place
     * (closer than {@link #FAN_NEAR}) fanned out around it, each with a line to its point.
     */
    static final int FAN_OUT = 4;
    static final double FAN_RADIUS = 11;
    /** Markers closer than this, in pixels, would hide each other: they are fanned out. */
    static final double FAN_NEAR = 10;
    private static final Color LEADER = Color.web("#44444488");
    private static final double MARGIN = 24;

    static final Color CLUSTER = Color.web("#3B4A5E", 0.88);
    static final Color CENTER = Color.web("#1C2541");
    static final Color OUTLINE = Color.web("#2A2A2A", 0.75);
    static final Color SELECTED = Color.web("#FFB000");
    private static final Font CLUSTER_FONT = Font.font("System", FontWeight.BOLD, 11);

    /**
     * What one redraw produced: what was drawn where, how many incidents are in view, which marks show, the
     * centre name tags' boxes, and the basemap names drawn over it.
     */
    record Frame(HitIndex hits, int drawnIncidents, ShownMarks shown, List<double[]> centreNames,
                 List<PlaceLabelPainter.Drawn> names) {
        Frame(HitIndex hits, int drawnIncidents, ShownMarks shown, List<double[]> centreNames) {
            this(hits, drawnIncidents, shown, centreNames, List.of());
        }
    }

    /**
     * True for a still picture (a briefing): a cluster is a disc divided by the types it holds, sized by its
     * count, so nothing is hidden in an image nobody can zoom.
     */
    private final boolean splitClusters;
    private final Set<String> typesShown = new HashSet<>();
    /** The types with a point in the picture, by code: a flag per point instead of a hash per point. */
    private boolean[] typeSeen = new boolean[0];
    private boolean ringsShown;
    private boolean wideShown;
    private boolean stacksShown;
    private boolean clustersShown;

    IncidentPainter() {
        this(false);
    }

    IncidentPainter(boolean splitClusters) {
        this.splitClusters = splitClusters;
    }

    /** The basemap's names planned for a zoom, or null while they are not (yet) planned. */
    @FunctionalInterface
    interface Labels {
        Labels NONE = zoom -> null;

        List<MapLabel> planned(int zoom);
    }

    private final MarkerPen pen = new MarkerPen();
    private final RingPainter rings = new RingPainter();
    /** The colour of an incident's change mark (new or changed since a comparison), or null for none. */
    private Function<Incident, Color> changeMark; // null: no comparison set, no incident is asked
    private final CentrePainter centres = new CentrePainter(pen);
    private final StackNames placeNames = new StackNames();
    private final PlaceLabelPainter basemapNames = new PlaceLabelPainter();
    private Labels labels = Labels.NONE;
    private MbtilesSource raster;
    private int density = 1;
    private List<double[]> furniture = List.of();
    /** Text placed this redraw (tags, stack names, basemap names) and the furniture over the map. */
    private ScreenBoxes taken = new ScreenBoxes();
    // Scratch arrays reused between redraws, so a redraw allocates next to nothing.
    private int[] visible = new int[0];
    private double[] sx = new double[0];
    private double[] sy = new double[0];
    /** Where each visible incident really is; sx/sy may be moved when a few are fanned out. */
    private double[] rx = new double[0];
    private double[] ry = new double[0];

    /** Where the selected incident's marker was drawn this time (fanned out, maybe), or NaN when it was not. */
    private double selectedX = Double.NaN;
    private double selectedY = Double.NaN;

    /** Where the basemap's names come from (none by default: a painter in a test draws marks only). */
    void setLabels(Labels labels) {
        this.labels = labels == null ? Labels.NONE : labels;
    }

    /** The analyst's MBTiles raster, whose own names show where it covers the map; null for none. */
    void setRaster(MbtilesSource raster) {
        this.raster = raster;
    }

    /** Device pixels per map pixel the names' pictures are made at (2 on a high-density screen or picture). */
    void setDensity(int density) {
        this.density = Math.max(1, Math.min(3, density));
    }

    /** Boxes {x, y, w, h} of what stands over the map (legend, credit, buttons, scale): no name goes under them. */
    void setFurniture(List<double[]> boxes) {
        this.furniture = List.copyOf(boxes);
    }

    void setChangeMarks(Function<Incident, Color> marks) {
        this.changeMark = marks;
    }

    Frame paint(GraphicsContext g, Viewport v, IncidentPoints p, AtlasRecord selected) {
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        taken = new ScreenBoxes();
        for (double[] b : furniture) {
            taken.add(null, b[0], b[1], b[0] + b[2], b[1] + b[3]);
        }
        selectedX = Double.NaN;
        selectedY = Double.NaN;
        HitIndex hits = new HitIndex();
        typesShown.clear();
        if (typeSeen.length < p.typeNames.length) {
            typeSeen = new boolean[p.typeNames.length];
        }
        Arrays.fill(typeSeen, false);
        ringsShown = false;
        wideShown = false;
        stacksShown = false;
        clustersShown = false;
        int count = collectVisible(v, p);
        for (int t = 0; t < p.typeNames.length; t++) {
            if (typeSeen[t] && p.typeNames[t] != null) {
                typesShown.add(p.typeNames[t]);
            }
        }
        boolean cluster = v.zoom() < CLUSTER_BELOW_ZOOM - 0.25 || count > MAX_SINGLE;
        // Centres are the context, incidents the subject: centre symbols under the markers, so an incident at a
        // centre's point (a meeting at a coordination centre) is never hidden by the centre; the diamond's
        // corners still show around a marker. Their names go last, where they hide no marker.
        centres.symbols(g, v, p, hits);
        if (cluster) {
            clusters(g, v, p, count, hits, selected);
        } else {
            singles(g, v, p, count, hits, selected);
        }
        List<double[]> names = centres.names(g, v, p, hits, taken);
        int planZoom = (int) Math.max(0, Math.min(19, Math.floor(v.zoom() + 0.2))); // as the tiles are chosen
        basemapNames.draw(g, v, labels.planned(planZoom), planZoom, hits, taken, p.spellings(), raster, density);
        highlight(g, v, selected);
        return new Frame(hits, count, new ShownMarks(Set.copyOf(typesShown), p.centers.length > 0 && hits.hasCentres(),
                ringsShown, wideShown, stacksShown, clustersShown), names, basemapNames.drawn());
    }

    private int collectVisible(Viewport v, IncidentPoints p) {
        int n = p.size();
        if (visible.length < n) {
            visible = new int[n];
            sx = new double[n];
            sy = new double[n];
            rx = new double[n];
            ry = new double[n];
        }
        double scale = v.scale();
        double x0 = v.originX() - MARGIN;
        double y0 = v.originY() - MARGIN;
        double x1 = v.originX() + v.width() + MARGIN;
        double y1 = v.originY() + v.height() + MARGIN;
        int k = 0;
        for (int i = 0; i < n; i++) {
            double wx = p.x[i] * scale;
            double wy = p.y[i] * scale;
            if (wx >= x0 && wx <= x1 && wy >= y0 && wy <= y1) {
                if (wx >= v.originX() && wx <= v.originX() + v.width() && wy >= v.originY()
                        && wy <= v.originY() + v.height()) {
                    typeSeen[p.typeCode[i]] = true; // the legend's: its point is in the picture
                }
                visible[k] = i;
                sx[k] = wx - v.originX();
                sy[k] = wy - v.originY();
                rx[k] = sx[k];
                ry[k] = sy[k];
                k++;
            }
        }
        return k;
    }

    private void singles(GraphicsContext g, Viewport v, IncidentPoints p, int count, HitIndex hits, AtlasRecord selected) {
        int[] all = new int[count];
        for (int k = 0; k < count; k++) {
            all[k] = k;
        }
        markers(g, v, p, all, count, hits, selected, true);
    }

    /**
     * Draws the markers at the given slots of the visible list: all rings first, so none hides a marker. With
     * {@code stack}, incidents at one exact point (UCDP and ACLED code many events to a town's centroid) are
     * one marker with their count, listed by {@link AtlasMap#incidentsAt}; otherwise each is drawn.
     */
    private void markers(GraphicsContext g, Viewport v, IncidentPoints p, int[] slots, int n, HitIndex hits,
                         AtlasRecord selected, boolean stack) {
        double mpp = Mercator.metresPerPixel(v.lat(v.height() / 2), v.zoom());
        rings.clear();
        for (int s = 0; s < n; s++) {
            int k = slots[s];
            Incident inc = p.incidents[visible[k]];
            if (inc.geoPrecision().coarserThanTown() && inc.uncertaintyKm() != null) {
                // the ring is about where the incident is, not where a fanned-out marker sits
                rings.add(rx[k], ry[k], inc.uncertaintyKm() * 1000 / mpp, p.colour[visible[k]]);
                ringsShown |= inc.uncertaintyKm() * 1000 / mpp >= RingPainter.MIN_RADIUS;
            }
        }
        rings.draw(g, v.width(), v.height());
        Map<Stacks.Point, List<Integer>> stacks = stack ? Stacks.group(p, visible, slots, n) : Map.of();
        for (int s = 0; s < n; s++) {
            int k = slots[s];
            int i = visible[k];
            if (stack && stacks.containsKey(Stacks.key(p, i))) {
                continue;
            }
            pen.marker(g, sx[k], sy[k], p.size[i].radius, p.colour[i]);
            markChange(g, sx[k], sy[k], p.size[i].radius, changeMark == null ? null : changeMark.apply(p.incidents[i]));
            if (wideRing(p.incidents[i], mpp)) {
                pen.coarse(g, sx[k], sy[k], p.size[i].radius);
                wideShown = true;
            }
            hits.add(new HitIndex.Item(HitIndex.Kind.INCIDENT, sx[k], sy[k], p.size[i].radius, i, 1));
            if (p.incidents[i] == selected) {
                selectedX = sx[k];
                selectedY = sy[k];
            }
        }
        for (List<Integer> here : stacks.values()) {
            int[] members = here.stream().mapToInt(k -> visible[k])
                    .boxed().sorted(Comparator.comparing(i -> p.incidents[i].id())).mapToInt(Integer::intValue).toArray();
            int k = here.get(0);
            double r = 0;
            Color colour = p.colour[members[0]];
            for (int i : members) {
                r = Math.max(r, p.size[i].radius);
                colour = p.colour[i].equals(colour) ? colour : CLUSTER;
                if (p.incidents[i] == selected) {
                    selectedX = sx[k];
                    selectedY = sy[k];
                }
            }
            double drawn = pen.stack(g, sx[k], sy[k], r + 2, colour, members.length);
            Color mark = changeMark == null ? null : Arrays.stream(members).mapToObj(i -> changeMark.apply(p.incidents[i]))
                    .filter(c -> c != null).findFirst().orElse(null);
            markChange(g, sx[k], sy[k], drawn, mark);
            stacksShown = true;
            if (Arrays.stream(members).anyMatch(i -> wideRing(p.incidents[i], mpp))) {
                pen.coarse(g, sx[k], sy[k], r + 2);
                wideShown = true;
            }
            hits.add(new HitIndex.Item(HitIndex.Kind.STACK, sx[k], sy[k], drawn, members[0], members.length, members));
            placeNames.add(Stacks.commonPlace(p, members), sx[k], sy[k], drawn);
        }
        placeNames.draw(g, hits, taken);
    }

    /** A ring round the marker in the change's colour: drawn on the same canvas, so 100,000 marks cost no nodes. */
    private static void markChange(GraphicsContext g, double x, double y, double r, Color mark) {
        if (mark == null) {
            return;
        }
        g.setStroke(mark);
        g.setLineWidth(2.5);
        g.setLineDashes((double[]) null);
        double d = r + 4;
        g.strokeOval(x - d, y - d, 2 * d, 2 * d);
    }

    private void clusters(GraphicsContext g, Viewport v, IncidentPoints p, int count, HitIndex hits, AtlasRecord selected) {
        // Cells are fixed to the world grid; (gx0, gy0) is the first cell the view touches.
        long gx0 = (long) Math.floor((v.originX() - MARGIN) / CELL);
        long gy0 = (long) Math.floor((v.originY() - MARGIN) / CELL);
        int gw = (int) (Math.floor((v.originX() + v.width() + MARGIN) / CELL) - gx0) + 1;
        int gh = (int) (Math.floor((v.originY() + v.height() + MARGIN) / CELL) - gy0) + 1;
        int[] members = new int[gw * gh];
        double[] sumX = new double[gw * gh];
        double[] sumY = new double[gw * gh];
        int[] first = new int[gw * gh];
        Arrays.fill(first, -1);
        int[] next = new int[count];
        for (int k = count - 1; k >= 0; k--) {
            int cx = (int) (Math.floor((sx[k] + v.originX()) / CELL) - gx0);
            int cy = (int) (Math.floor((sy[k] + v.originY()) / CELL) - gy0);
            int c = Math.min(gh - 1, Math.max(0, cy)) * gw + Math.min(gw - 1, Math.max(0, cx));
            members[c]++;
            sumX[c] += sx[k];
            sumY[c] += sy[k];
            next[k] = first[c];
            first[c] = k;
        }
        // A cell of a few incidents (up to FAN_OUT) shows each marker, so each keeps its colour and size and two
        // incidents at one place are never hidden in a grey disc; more are a counted cluster.
        int[] shown = new int[count];
        int n = 0;
        int[] group = new int[FAN_OUT];
        g.setStroke(LEADER);
        g.setLineWidth(1);
        for (int c = 0; c < members.length; c++) {
            if (members[c] == 0 || members[c] > FAN_OUT) {
                continue;
            }
            int m = 0;
            for (int k = first[c]; k >= 0; k = next[k]) {
                group[m++] = k;
                shown[n++] = k;
            }
            FanOut.apply(g, p, visible, rx, ry, sx, sy, group, m);
        }
        markers(g, v, p, shown, n, hits, selected, false);
        g.setFont(CLUSTER_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if (splitClusters) {
            // a still picture: each cluster a disc split by the types it holds (not merged: each keeps its members)
            for (int c = 0; c < members.length; c++) {
                if (members[c] > FAN_OUT) {
                    double x = sumX[c] / members[c];
                    double y = sumY[c] / members[c];
                    double r = splitRadius(members[c]);
                    clustersShown = true;
                    pen.splitCluster(g, x, y, r, typeShares(p, first[c], next), members[c]);
                    hits.add(new HitIndex.Item(HitIndex.Kind.CLUSTER, x, y, r, -1, members[c]));
                }
            }
            return;
        }
        for (double[] c : ClusterMerge.merge(members, sumX, sumY, FAN_OUT)) {
            int many = (int) c[2];
            double r = clusterRadius(many);
            clustersShown = true;
            pen.cluster(g, c[0], c[1], r, many);
            hits.add(new HitIndex.Item(HitIndex.Kind.CLUSTER, c[0], c[1], r, -1, many));
        }
    }

    /**
     * True when the incident's ring is drawn as a faint outline only, or not at all (it holds the view): its
     * marker then carries a dashed edge of its own, so the precision stays visible at the marker.
     */
    private static boolean wideRing(Incident inc, double mpp) {
        return inc.geoPrecision().coarserThanTown() && inc.uncertaintyKm() != null
                && inc.uncertaintyKm() * 1000 / mpp > RingPainter.FILL_MAX;
    }

    /** The types of one cluster cell with their counts, most first (then by name), as slices to draw. */
    private Map<Color, Integer> typeShares(IncidentPoints p, int head, int[] next) {
        Map<String, Integer> byType = new HashMap<>();
        Map<String, Color> colours = new HashMap<>();
        for (int k = head; k >= 0; k = next[k]) {
            Incident inc = p.incidents[visible[k]];
            byType.merge(inc.type(), 1, Integer::sum);
            colours.putIfAbsent(inc.type(), p.colour[visible[k]]);
        }
        Map<Color, Integer> shares = new LinkedHashMap<>();
        byType.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> shares.merge(colours.get(e.getKey()), e.getValue(), Integer::sum));
        return shares;
    }

    /** A split cluster grows with its count (its area about with the log of it), so a big one reads as big. */
    static double splitRadius(int n) {
        return 10 + 6 * Math.log10(n);
    }

    static double clusterRadius(int n) {
        return 9 + 4 * Math.log10(n);
    }

    private void highlight(GraphicsContext g, Viewport v, AtlasRecord selected) {
        if (selected == null) {
            return;
        }
        // an incident drawn fanned out is marked where its marker is (its line leads to its point)
        boolean drawn = !Double.isNaN(selectedX);
        double x = drawn ? selectedX : v.screenX(selected.lon());
        double y = drawn ? selectedY : v.screenY(selected.lat());
        if (selected instanceof Incident inc) {
            pen.marker(g, x, y, MarkerSize.of(inc.killed()).radius, TypePalette.colour(inc.type()));
            pen.selection(g, x, y, MarkerSize.of(inc.killed()).radius + 5);
        } else if (selected instanceof Center) {
            pen.selection(g, x, y, MarkerPen.CENTER_SIZE + 6);
        }
    }
}
