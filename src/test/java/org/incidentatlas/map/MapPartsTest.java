package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.scene.paint.Color;
import org.incidentatlas.model.Casualties;
import org.junit.jupiter.api.Test;

/** The map's small parts that need no window. */
class MapPartsTest {

    @Test
    void commonTypesHaveFixedColoursAndOthersAStableOne() {
        assertEquals(Color.web("#CC3311"), TypePalette.colour("attack"));
        assertEquals(Color.web("#CC3311"), TypePalette.colour(" Attack "));
        assertNotEquals(TypePalette.colour("attack"), TypePalette.colour("armed clash"));
        assertEquals(TypePalette.colour("abduction"), TypePalette.colour("abduction"));
        assertNotEquals(null, TypePalette.colour(null));
    }

    @Test
    void thirteenTypesGetThirteenColoursNoTwoAlike() {
        List<String> types = List.of("attack", "armed clash", "clash", "drone attack", "ied explosion", "shelling",
                "air strike", "meeting", "visit", "statement", "abduction", "arrest", "protest");
        List<Color> colours = types.stream().map(TypePalette::colour).toList();
        assertEquals(13, colours.stream().distinct().count(), "one colour each: " + colours);
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                double d = deltaE(colours.get(i), colours.get(j));
                // the old drone attack and IED explosion were 14 apart, hard to tell on a busy map
                assertTrue(d > 20, types.get(i) + " and " + types.get(j) + " look alike: CIE76 ΔE " + d);
            }
        }
    }

    /** CIE76 colour difference (sRGB, D65): about 2.3 is just noticeable, over 20 clearly another colour. */
    private static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double linear(double v) {
        return v > 0.04045 ? Math.pow((v + 0.055) / 1.055, 2.4) : v / 12.92;
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    @Test
    void markerSizeFollowsTheLowFigureAndTreatsUnknownAsNone() {
        assertEquals(MarkerSize.NONE, MarkerSize.of(null));
        assertEquals(MarkerSize.NONE, MarkerSize.of(Casualties.exactly(0)));
        assertEquals(MarkerSize.FEW, MarkerSize.of(Casualties.atLeast(1)));
        assertEquals(MarkerSize.SEVERAL, MarkerSize.of(new Casualties(5, 30)));
        assertEquals(MarkerSize.MASS, MarkerSize.of(Casualties.exactly(120)));
    }

    @Test
    void hitIndexFindsTheNearestMarkAndPrefersMarkersToClusters() {
        HitIndex index = new HitIndex();
        index.add(new HitIndex.Item(HitIndex.Kind.CLUSTER, 100, 100, 20, -1, 40));
        index.add(new HitIndex.Item(HitIndex.Kind.INCIDENT, 110, 100, 5, 7, 1));
        index.add(new HitIndex.Item(HitIndex.Kind.CENTER, 300, 300, 7, 2, 1));
        assertEquals(7, index.at(111, 101).index());
        assertEquals(HitIndex.Kind.CLUSTER, index.at(90, 100).kind());
        assertEquals(2, index.at(305, 303).index());
        assertNull(index.at(200, 200));
    }

    @Test
    void scaleBarLengthsAreRound() {
        assertEquals(50_000, ScaleBar.niceLength(73_000));
        assertEquals(20_000, ScaleBar.niceLength(20_000));
        assertEquals(1_000, ScaleBar.niceLength(1_900));
        assertEquals("1.2k", MarkerPen.count(1234));
        assertEquals("12k", MarkerPen.count(12_345));
    }
}
