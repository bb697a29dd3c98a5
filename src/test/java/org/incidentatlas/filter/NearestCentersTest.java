package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.GeoPrecision;
import org.junit.jupiter.api.Test;

class NearestCentersTest {

    private static Center centre(String id, double lat, double lon) {
        return new Center(id, "Centre " + id, "jcc", lat, lon, GeoPrecision.TOWN, null, null, null, List.of(), null);
    }

    @Test
    void nearestAndItsDistanceAgainstAHandComputedCase() {
        // Along the equator one degree of longitude is 2 * pi * 6371.0088 / 360 = 111.195 km;
        // along a meridian one degree of latitude is the same on a sphere.
        Center east = centre("east", 0, 1);
        Center north = centre("north", 1.2, 0);
        NearestCenters n = new NearestCenters(List.of(north, east));
        NearestCenters.Nearest at = n.of(0, 0);
        assertSame(east, at.center());
        assertEquals(111.195, at.km(), 0.001);
        assertEquals("111.2", at.kmText());
        // from (0, 0.8): east is 0.2 degrees away (22.239 km); north is acos(cos 1.2 deg * cos 0.8 deg) = 1.44222
        // degrees (160.37 km)
        NearestCenters.Nearest between = n.of(0, 0.8);
        assertSame(east, between.center());
        assertEquals(22.239, between.km(), 0.001);
        assertEquals(160.37, new NearestCenters(List.of(north)).of(0, 0.8).km(), 0.01);
    }

    @Test
    void kirkukCityToTheKirkukCentreAndTiesAndNone() {
        // Kirkuk JCC (35.4681, 44.3922) to Prde (35.7425, 44.2155): by the haversine formula by hand,
        // dlat 0.2744 deg, dlon -0.1767 deg at mean latitude 35.605 deg: sqrt(30.512^2 + 15.977^2) = 34.44 km
        Center kirkuk = centre("kirkuk", 35.4681, 44.3922);
        assertEquals(34.44, new NearestCenters(List.of(kirkuk)).of(35.7425, 44.2155).km(), 0.05);
        Center twin = centre("twin", 35.4681, 44.3922);
        assertSame(kirkuk, new NearestCenters(List.of(kirkuk, twin)).of(35, 44).center(), "a tie goes to the first");
        assertNull(NearestCenters.NONE.of(35, 44));
        assertEquals("0.0", NearestCenters.kmText(0.04));
    }
}
