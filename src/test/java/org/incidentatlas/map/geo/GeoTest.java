package org.incidentatlas.map.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incidentatlas.model.GeoBounds;
import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void boundsContainTheirInsideAndEdges() {
        GeoBounds b = new GeoBounds(34, 43, 36, 45);
        assertTrue(b.contains(35.468, 44.392));
        assertTrue(b.contains(34, 43));
        assertFalse(b.contains(33.99, 44));
        assertFalse(b.contains(35, 45.01));
        assertEquals(35, b.centerLat());
        assertThrows(IllegalArgumentException.class, () -> new GeoBounds(36, 43, 34, 45));
    }

    @Test
    void mercatorRoundTripsAndMatchesTheSlippyMapTiles() {
        // Kirkuk is in tile 8/159/100 of the standard scheme
        assertEquals(159, (int) Math.floor(Mercator.x(44.392) * 256));
        assertEquals(100, (int) Math.floor(Mercator.y(35.468) * 256));
        assertEquals(35.468, Mercator.lat(Mercator.y(35.468)), 1e-9);
        assertEquals(44.392, Mercator.lon(Mercator.x(44.392)), 1e-9);
        // about 156 km per pixel at zoom 0 on the equator, halved per zoom
        assertEquals(156_543, Mercator.metresPerPixel(0, 0), 1);
        assertEquals(156_543 / 256.0, Mercator.metresPerPixel(0, 8), 0.01);
    }
}
