package org.incidentatlas.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageSizeTest {

    @Test
    void presetsAreTheSizesTheyName() {
        assertEquals(1920, PageSize.SLIDE.width());
        assertEquals(1080, PageSize.SLIDE.height());
        // A4 is 297 x 210 mm; at 150 pixels to the inch (25.4 mm)
        assertEquals(Math.round(297 / 25.4 * 150), PageSize.A4_LANDSCAPE.width());
        assertEquals(Math.round(210 / 25.4 * 150), PageSize.A4_LANDSCAPE.height());
        assertEquals(150, PageSize.A4_LANDSCAPE.dpi());
    }

    @Test
    void textGrowsWithThePageWithinLimits() {
        assertEquals(1.0, PageSize.SLIDE.unit(), 1e-9);
        assertEquals(1754 / 1920.0, PageSize.A4_LANDSCAPE.unit(), 1e-9);
        assertEquals(2.0, PageSize.page(3840, 2160).unit(), 1e-9);
        assertEquals(0.75, PageSize.page(800, 500).unit(), 1e-9, "never too small to read");
        assertEquals(2.5, PageSize.page(8000, 8000).unit(), 1e-9);
        assertEquals(0.75, PageSize.mapOf(1000, 500).unit(), 1e-9);
    }

    @Test
    void theCountAndFilterLinesSayItPlainly() {
        assertEquals("1 incident", BriefingPage.count(1, 1));
        assertEquals("1,200 incidents", BriefingPage.count(1200, 1200));
        assertEquals("6 incidents, 4 in the map's view", BriefingPage.count(6, 4));
        assertEquals("No filters: every incident in the dataset",
                BriefingPage.describe(org.incidentatlas.filter.IncidentFilter.NONE));
        assertEquals("Filters: types: attack, clash", BriefingPage.describe(org.incidentatlas.filter.IncidentFilter.NONE
                .withTypes(java.util.Set.of("clash", "attack"))));
    }
}
