package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
