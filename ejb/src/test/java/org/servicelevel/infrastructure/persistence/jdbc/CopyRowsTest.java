package org.servicelevel.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rows in PostgreSQL's COPY text format: columns apart by tabs, rows by newlines, nothing in a value breaks them. */
class CopyRowsTest {

    @Test
    void valuesAreSeparatedByTabsAndRowsByNewlinesWithNullsMarked() {
        String rows = new CopyRows().number(1L).text("T-000042").number((Long) null).instant(Instant.parse(
                "2026-10-31T23:00:00Z")).instant(null).endRow().number(2).text(null).endRow().rows();
        assertEquals("1\tT-000042\t\\N\t2026-10-31T23:00:00Z\t\\N\n2\t\\N\n", rows);
    }

    @Test
    void aValueWithTabsNewlinesAndBackslashesStaysOneValue() {
        String rows = new CopyRows().text("a\tb\nc\rd\\e\bf\fg\u000bh \"quoted\" ünï").text("").endRow().rows();
        assertEquals("a\\tb\\nc\\rd\\\\e\\bf\\fg\\vh \"quoted\" ünï\t\n", rows);
    }

    @Test
    void theTextNForNullIsNotTheWordN() {
        assertEquals("\\\\N\n", new CopyRows().text("\\N").endRow().rows());
    }
}
