package org.incidentatlas.map.basemap;

import static org.incidentatlas.map.basemap.BasemapStyle.round;
import static org.incidentatlas.map.basemap.BasemapStyle.width;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/**
 * Draws one 256 px Web Mercator tile from {@link BasemapData} with Java2D, off the FX thread. Layers, bottom to
 * top: sea; the world layer outside the data box (land, lakes, rivers, borders); countries; built-up areas and
 * airports; the Kurdistan Region ribbon; district,
 * governorate and neighbouring province lines; lakes; rivers; international borders; place dots (the names are
 * drawn by the map, above its markers). Everything is
 * placed from world coordinates alone, so neighbouring tiles meet without seams.
 */
public final class TileRenderer {

    /** Governorate names and districts appear from these zooms on. */
    static final int DISTRICT_ZOOM = 9;

    private final BasemapData data;
    private final LabelPlanner labels;

    public TileRenderer(BasemapData data) {
        this.data = data;
        this.labels = new LabelPlanner(data);
    }

    public BufferedImage render(int zoom, long tileX, long tileY) {
        return render(zoom, tileX, tileY, 1);
    }

    /**
     * The tile at {@code density} device pixels per map pixel (a 512 px image for 2): the same map, drawn
     * sharp for a high-density picture rather than enlarged from the 256 px tile.
     */
    public BufferedImage render(int zoom, long tileX, long tileY, int density) {
        int size = Mercator.TILE_SIZE * density;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(density, density);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            TileCanvas t = new TileCanvas(g, zoom, tileX, tileY);
            g.setColor(BasemapStyle.SEA);
            g.fillRect(0, 0, Mercator.TILE_SIZE, Mercator.TILE_SIZE);
            world(t);
            land(t);
            settlements(t);
            boundaries(t);
            water(t);
            borders(t);
            names(t);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The coarse world layer, only outside the data box (inside it the detailed layers take over). */
    private void world(TileCanvas t) {
        Rectangle2D box = new Rectangle2D.Double(t.px(data.boxX0), t.py(data.boxY0),
                (data.boxX1 - data.boxX0) * t.scale, (data.boxY1 - data.boxY0) * t.scale);
        Rectangle2D tile = new Rectangle2D.Double(-2, -2, Mercator.TILE_SIZE + 4, Mercator.TILE_SIZE + 4);
        if (box.contains(tile)) {
            return;
        }
        Area outside = new Area(tile);
        // a pixel into the box, under the detailed layers' edge, so the two fills leave no seam of sea between
        outside.subtract(new Area(new Rectangle2D.Double(box.getX() + 1.5, box.getY() + 1.5, box.getWidth() - 3,
                box.getHeight() - 3)));
        t.g.setClip(outside);
        int z = t.zoom;
        for (Feature f : data.worldLand) {
            t.fill(f, BasemapStyle.LAND_OTHER);
        }
        t.strokeAll(data.worldLand, round(width(z, 0.5f, 0.9f)), BasemapStyle.WORLD_EDGE);
        for (Feature f : data.worldLakes) {
            t.fill(f, BasemapStyle.LAKE);
            t.stroke(f, round(width(z, 0.4f, 0.8f)), BasemapStyle.LAKE_EDGE);
        }
        if (z >= 4) {
            t.strokeAll(data.worldRivers, round(width(z, 0.8f, 1.8f)), BasemapStyle.RIVER);
        }
        t.strokeAll(data.worldDisputed, BasemapStyle.dashed(width(z, 0.9f, 1.6f), 5f, 3f), BasemapStyle.DISPUTED);
        t.strokeAll(data.worldBorders, round(width(z, 3f, 7f)), BasemapStyle.BORDER_CASING);
        t.strokeAll(data.worldBorders, round(width(z, 0.9f, 1.8f)), BasemapStyle.BORDER);
        t.g.setClip(null);
    }

    /** Built-up areas from zoom 7 and airport symbols from zoom 9, everywhere. */
    private void settlements(TileCanvas t) {
        int z = t.zoom;
        if (z >= 7) {
            for (Feature f : data.urbanAreas) {
                t.fill(f, BasemapStyle.URBAN);
                if (z >= 10) {
                    t.stroke(f, round(0.6f), BasemapStyle.URBAN_EDGE);
                }
            }
        }
        if (z >= 9) {
            for (Feature f : data.airports) {
                if (t.touches(f)) {
                    AirportSymbol.draw(t.g, t.px(f.x()), t.py(f.y()), BasemapStyle.AIRPORT);
                }
            }
        }
    }

    private void land(TileCanvas t) {
        for (Feature f : data.countries) {
            t.fill(f, "IRQ".equals(f.text("iso_a3")) ? BasemapStyle.LAND_IRAQ : BasemapStyle.LAND_OTHER);
        }
    }

    private void boundaries(TileCanvas t) {
        int z = t.zoom;
        if (z >= 6) {
            // A ribbon just inside the Kurdistan Region's edge: marks the region without a second line
            // competing with the governorate boundaries it follows.
            Shape region = t.path(data.kurdistanRegion);
            if (region != null) {
                t.g.setClip(region);
                t.g.setStroke(round(2 * width(z, 3f, 7f)));
                t.g.setColor(BasemapStyle.KURDISTAN_RIBBON);
                t.g.draw(region);
                t.g.setClip(null);
            }
        }
        if (z >= DISTRICT_ZOOM) {
            t.strokeAll(data.districts, round(width(z, 0.5f, 0.9f)), BasemapStyle.DISTRICT);
        }
        // Neighbours' provinces are polygons cut at the data box: their outline along the cut is no boundary,
        // so their lines are clipped to just inside the box.
        Rectangle2D inside = new Rectangle2D.Double(t.px(data.boxX0) + 1.5, t.py(data.boxY0) + 1.5,
                (data.boxX1 - data.boxX0) * t.scale - 3, (data.boxY1 - data.boxY0) * t.scale - 3);
        for (Feature f : data.provinces) {
            boolean iraq = "IRQ".equals(f.text("iso_a3"));
            if (iraq) {
                t.stroke(f, round(width(z, 0.7f, 1.6f)), BasemapStyle.GOVERNORATE);
            } else if (z >= 6) {
                t.g.setClip(inside);
                t.stroke(f, round(width(z, 0.5f, 1.0f)), BasemapStyle.NEIGHBOUR_PROVINCE);
                t.g.setClip(null);
            }
        }
    }

    private void water(TileCanvas t) {
        int z = t.zoom;
        for (Feature f : data.lakes) {
            t.fill(f, BasemapStyle.LAKE);
            t.stroke(f, round(width(z, 0.4f, 0.8f)), BasemapStyle.LAKE_EDGE);
        }
        if (z < 7) {
            t.strokeAll(data.majorRivers, round(width(z, 0.9f, 1.4f)), BasemapStyle.RIVER);
            return;
        }
        for (Feature f : data.rivers) {
            int level = (int) f.number("level", 7);
            if (z < BasemapStyle.riverMinZoom(level)) {
                continue;
            }
            float w = BasemapStyle.riverWidth(level, z);
            t.stroke(f, level >= 5 ? BasemapStyle.dashed(w, 4f, 2.5f) : round(w), BasemapStyle.RIVER);
        }
    }

    private void borders(TileCanvas t) {
        int z = t.zoom;
        BasicStroke casing = round(width(z, 4f, 8f));
        BasicStroke line = round(width(z, 1.1f, 2.0f));
        t.strokeAll(data.borders, casing, BasemapStyle.BORDER_CASING);
        t.strokeAll(data.borders, line, BasemapStyle.BORDER);
    }

    /**
     * The place dots of the names planned for this zoom. The names themselves are not baked into the tile: the
     * map draws them above its markers, giving way to them ({@link #labels}), which a tile cached per zoom
     * could not do, since the markers change with every filter.
     */
    private void names(TileCanvas t) {
        Graphics2D g = t.g;
        Rectangle2D tile = new Rectangle2D.Double(t.originX, t.originY, Mercator.TILE_SIZE, Mercator.TILE_SIZE);
        for (MapLabel l : labels.plan(t.zoom)) {
            if (l.dotR() <= 0 || !l.bounds().intersects(tile)) {
                continue;
            }
            Ellipse2D dot = new Ellipse2D.Double(l.dotX() - t.originX - l.dotR(), l.dotY() - t.originY - l.dotR(),
                    2 * l.dotR(), 2 * l.dotR());
            g.setColor(LabelStyle.HALO);
            g.setStroke(round(1.5f));
            g.draw(dot);
            g.setColor(l.fill());
            g.fill(dot);
        }
    }

    /** The names planned for {@code zoom}, most important first, in world pixels of that zoom (made once). */
    public List<MapLabel> labels(int zoom) {
        return labels.plan(zoom);
    }

    /** The same if they have been planned already (any tile of that zoom plans them), else null. */
    public List<MapLabel> labelsIfPlanned(int zoom) {
        return labels.planIfMade(zoom);
    }
}
