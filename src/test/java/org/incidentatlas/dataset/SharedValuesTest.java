package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Casualties;
import org.junit.jupiter.api.Test;

/** Sharing values across records must never change one: same value, one instance, and no date that is wrong. */
class SharedValuesTest {

    private final SharedValues shared = new SharedValues();

    @Test
    void datesAreSharedAndStillChecked() {
        assertSame(shared.date(2024, 2, 29), shared.date(2024, 2, 29));
        assertEquals(LocalDate.of(2024, 2, 29), shared.date(2024, 2, 29));
        assertEquals(LocalDate.of(2024, 3, 1), shared.date(2024, 3, 1));
        assertThrows(DateTimeException.class, () -> shared.date(2023, 2, 29));
        assertThrows(DateTimeException.class, () -> shared.date(2024, 4, 31));
        // out of the table's range of months, days and years: checked by LocalDate, never a wrong slot
        assertThrows(DateTimeException.class, () -> shared.date(2024, 13, 1));
        assertThrows(DateTimeException.class, () -> shared.date(2024, 0, 31));
        assertThrows(DateTimeException.class, () -> shared.date(2024, 1, 0));
        assertEquals(LocalDate.of(1066, 10, 14), shared.date(1066, 10, 14));
        assertEquals(LocalDate.of(2999, 12, 31), shared.date(2999, 12, 31));
        // every day of a leap year and a common year comes back as itself
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2025; d = d.plusDays(1)) {
            assertEquals(d, shared.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        }
    }

    @Test
    void casualtiesKeepTheirFigures() {
        assertSame(shared.casualties(3, 8), shared.casualties(3, 8));
        assertEquals(new Casualties(3, 8), shared.casualties(3, 8));
        assertEquals(new Casualties(3, null), shared.casualties(3, -1));
        assertNull(shared.casualties(0, -1).high());
        assertEquals(new Casualties(0, 0), shared.casualties(0, 0));
        assertEquals(new Casualties(63, 64), shared.casualties(63, 64));
        assertEquals(new Casualties(500, 1200), shared.casualties(500, 1200));
        assertEquals(new Casualties(70, null), shared.casualties(70, -1));
    }

    @Test
    void stringsListsAndNumbersAreSharedByValue() {
        String a = new String("Peshmerga".toCharArray());
        String b = new String("Peshmerga".toCharArray());
        assertSame(shared.string(a), shared.string(b));
        assertNull(shared.string(null));

        List<String> first = shared.strings(new ArrayList<>(List.of(new String("PKK".toCharArray()), "Asayish")));
        List<String> second = shared.strings(new ArrayList<>(List.of(new String("PKK".toCharArray()), "Asayish")));
        assertSame(first, second);
        assertEquals(List.of("PKK", "Asayish"), first);
        assertThrows(UnsupportedOperationException.class, () -> first.add("x"));
        assertEquals(List.of("Asayish", "PKK"), shared.strings(new ArrayList<>(List.of("Asayish", "PKK"))), "order kept");

        assertSame(shared.number(3.0), shared.number(3.0));
        assertEquals(-0.0, shared.number(-0.0));
        assertEquals(0.0, shared.number(0.0));
        for (int i = 0; i < 100; i++) {
            assertEquals(i + 0.5, shared.number(i + 0.5), "past the shared few, still the value");
        }
    }
}
