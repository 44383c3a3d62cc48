package org.servicelevel.interfaces.web.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;

class VersionComparisonTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static AgreementTerms terms(BigDecimal fee, List<PriorityTerms> priorities) {
        return new AgreementTerms("EUR", fee, null,
                List.of(new ServiceTerms("WS", "Workplace", null, 7, null, null, null, List.of())), priorities, null,
                null, null, null, null, null, null, 0, null, null, null);
    }

    private static PriorityTerms priority(int number, Duration resolution) {
        return new PriorityTerms(number, "P" + number, null, resolution, null, false, List.of());
    }

    private static VersionComparison.Line line(List<VersionComparison.Line> lines, String item) {
        return lines.stream().filter(l -> l.item().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError(item + " not in " + lines));
    }

    @Test
    void aChangedTargetIsOneChangedLineWithBothValues() {
        List<VersionComparison.Line> lines = VersionComparison.between(
                terms(new BigDecimal("1000"), List.of(priority(1, Duration.ofHours(4)))),
                terms(new BigDecimal("1000.00"), List.of(priority(1, Duration.ofHours(2)))), Map.of(7L, "Office"), EN);
        VersionComparison.Line resolution = line(lines, "priority 1 · Resolution");
        assertEquals(VersionComparison.Change.CHANGED, resolution.change());
        assertEquals("4 h", resolution.getLeft());
        assertEquals("2 h", resolution.getRight());
        assertEquals("diff-changed", resolution.getStyleClass());
        assertEquals(VersionComparison.Change.SAME, line(lines, "Monthly fee").change());
        assertEquals(VersionComparison.Change.SAME, line(lines, "WS · Service hours (calendar)").change());
        assertEquals(List.of(resolution), VersionComparison.changes(lines));
    }

    @Test
    void linesOnlyOneVersionHasAreAddedOrRemoved() {
        List<VersionComparison.Line> lines = VersionComparison.between(
                terms(null, List.of(priority(1, Duration.ofHours(4)), priority(2, Duration.ofHours(8)))),
                terms(new BigDecimal("500"), List.of(priority(1, Duration.ofHours(4)))), Map.of(), EN);
        assertEquals(VersionComparison.Change.REMOVED, line(lines, "priority 2 · Resolution").change());
        assertEquals("8 h", line(lines, "priority 2 · Resolution").getLeft());
        assertEquals(VersionComparison.Change.ADDED, line(lines, "Monthly fee").change());
        assertEquals("500.00 EUR", line(lines, "Monthly fee").getRight());
        assertTrue(lines.stream().filter(l -> l.change() == VersionComparison.Change.REMOVED)
                .allMatch(l -> l.item().startsWith("priority 2")));
    }
}
