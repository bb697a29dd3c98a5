package org.incidentatlas.map.basemap;

import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/**
 * The bundled vector data (assets/basemap, see its README), read once and projected, from the compact form the
 * build makes of its GeoJSON ({@link CompactBasemap}). Everything but the world
 * layers (world_110m and the world folder) is clipped to the box {@link #WEST}–{@link #EAST} E, {@link #SOUTH}–{@link #NORTH} N.
 */
public final class BasemapData {

    public static final double WEST = 38;
    public static final double EAST = 50;
    public static final double SOUTH = 29;
    public static final double NORTH = 39;

    private static final String DIR = "/org/incidentatlas/map/basemap/";

    final List<Feature> world;
    final List<Feature> countries;
    final List<Feature> borders;
    final List<Feature> provinces;
    final List<Feature> districts;
    final Feature kurdistanRegion;
    final List<Feature> rivers;
    final List<Feature> majorRivers;
    final List<Feature> lakes;
    final List<Feature> places;
    /** The world layer (assets/basemap/world, Natural Earth 1:50m and 1:10m): everywhere outside the box. */
    final List<Feature> worldLand;
    final List<Feature> worldLakes;
    final List<Feature> worldRivers;
    final List<Feature> worldBorders;
    final List<Feature> worldDisputed;
    /** Built-up areas and airports are drawn everywhere, the box included: the Iraq data has neither. */
    final List<Feature> urbanAreas;
    final List<Feature> airports;
    final List<Feature> worldPlaces;

    /** The data box in world units: x0, y0 (north-west), x1, y1 (south-east). */
    final double boxX0 = Mercator.x(WEST);
    final double boxY0 = Mercator.y(NORTH);
    final double boxX1 = Mercator.x(EAST);
    final double boxY1 = Mercator.y(SOUTH);

    private BasemapData() {
        world = layer("world_110m");
        countries = layer("countries");
        borders = layer("borders");
        provinces = layer("provinces");
        districts = layer("districts");
        kurdistanRegion = layer("kurdistan_region").stream().filter(Feature::isArea)
                .findFirst().orElseThrow();
        rivers = layer("rivers");
        majorRivers = layer("rivers_ne10m");
        lakes = layer("lakes");
        places = layer("places");
        worldLand = layer("world/land_50m");
        worldLakes = layer("world/lakes_50m");
        worldRivers = layer("world/rivers_50m");
        worldBorders = layer("world/borders_50m");
        worldDisputed = layer("world/disputed_50m");
        urbanAreas = layer("world/urban_areas_50m");
        airports = layer("world/airports_10m");
        worldPlaces = layer("world/places_10m");
    }

    /** A bundled layer, from the compact form the build makes of assets/basemap/NAME.geojson (docs/decisions/0210). */
    private static List<Feature> layer(String name) {
        return CompactBasemap.read(DIR + name + CompactBasemap.EXTENSION);
    }

    /** True when a world-unit point lies inside the detailed box. */
    boolean inBox(double x, double y) {
        return x >= boxX0 && x <= boxX1 && y >= boxY0 && y <= boxY1;
    }

    /** Reads every layer (a few tens of milliseconds, from their compact form): call it off the FX thread. */
    public static BasemapData load() {
        return new BasemapData();
    }

    public int placeCount() {
        return places.size();
    }
}
