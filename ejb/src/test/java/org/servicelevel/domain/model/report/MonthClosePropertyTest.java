package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.terms;
import static org.servicelevel.domain.model.report.CloseFixture.ws;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;

/** Invariants of the month's close over many months of tickets, terms and usage. */
class MonthClosePropertyTest {

    /** Resolution times in seconds of priorities 1 to 3 (targets 4 h, 8 h, 16 h), up to 20 working hours. */
    @Provide
    Arbitrary<List<List<Integer>>> times() {
        return Arbitraries.integers().between(0, 20 * 3600)
                .edgeCases(e -> e.add(4 * 3600).add(4 * 3600 + 1).add(8 * 3600).add(16 * 3600))
                .list().ofMaxSize(12).list().ofSize(3);
    }

    /** Six weights of 4 decimals that sum to exactly 1. */
    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.integers().between(0, 10_000).list().ofSize(5).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.add(0);
            sorted.add(10_000);
            sorted.sort(null);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                weights.add(BigDecimal.valueOf(sorted.get(i) - sorted.get(i - 1), 4));
            }
            return weights;
        });
    }

    private static List<TicketFacts> tickets(List<List<Integer>> times) {
        List<TicketFacts> tickets = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < times.get(p).size(); i++) {
                tickets.add(resolved("T-" + (p + 1) + "-" + i, p + 1, "2026-11-02T09:00", "2026-11-20T09:00",
                        Duration.ofSeconds(times.get(p).get(i))));
            }
        }
        return tickets;
    }

    private static MonthClose close(CloseTerms terms, List<TicketFacts> tickets, UsageFacts usage) {
        return MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, tickets, List.of(ws()), null, usage));
    }

    @Property
    void theScoreIsTheSumOfTheMetWeightsAndLiesInOneBand(@ForAll("times") List<List<Integer>> times,
                                                        @ForAll("weights") List<BigDecimal> weights) {
        CloseFixture.Terms terms = terms();
        for (int p = 1; p <= 3; p++) {
            terms.metric(Metric.resolutionTime(p, weights.get(2 * p - 2)));
            terms.metric(Metric.overdueShare(p, weights.get(2 * p - 1)));
        }
        CloseTerms built = terms.build();
        QualityScore quality = close(built, tickets(times), UsageFacts.NONE).quality();
        BigDecimal expected = BigDecimal.ZERO;
        for (int p = 1; p <= 3; p++) {
            CloseTerms.Priority priority = built.priority(p).orElseThrow();
            long target = priority.resolutionTarget().getSeconds();
            List<Integer> own = times.get(p - 1);
            long sum = own.stream().mapToLong(Integer::longValue).sum();
            long late = own.stream().filter(t -> t > target).count();
            boolean averageMet = own.isEmpty() || sum <= target * own.size();
            boolean shareMet = own.isEmpty() || BigDecimal.valueOf(late * 100)
                    .compareTo(priority.maxOverduePercent().multiply(BigDecimal.valueOf(own.size()))) <= 0;
            assertEquals(averageMet, quality.metrics().get(2 * p - 2).met());
            assertEquals(shareMet, quality.metrics().get(2 * p - 1).met());
            expected = expected.add(averageMet ? weights.get(2 * p - 2) : BigDecimal.ZERO)
                    .add(shareMet ? weights.get(2 * p - 1) : BigDecimal.ZERO);
        }
        assertEquals(0, expected.compareTo(quality.score()));
        assertTrue(quality.score().signum() >= 0 && quality.score().compareTo(BigDecimal.ONE) <= 0);
        assertEquals(1, built.bands().stream().filter(b -> b.contains(quality.score())).count());
        assertTrue(quality.band().contains(quality.score()));
    }

    @Provide
    Arbitrary<CloseTerms> pricedTerms() {
        Arbitrary<Currency> currency = Arbitraries.of("RUB", "JPY", "BHD", "EUR").map(Currency::getInstance);
        Arbitrary<BigDecimal> fee = Arbitraries.bigDecimals().between(BigDecimal.ZERO, n("10000000")).ofScale(4);
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, n("100")).ofScale(2);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, n("5000")).ofScale(3);
        return Combinators.combine(currency, fee, percent, percent.injectNull(0.3), price, price.injectNull(0.3),
                price.injectNull(0.3), price.injectNull(0.3)).as((cur, f, bandPercent, cap, perTicket, perHour,
                                                                    lateCap, extra) -> {
            CloseFixture.Terms terms = terms().metric(Metric.resolutionTime(1, BigDecimal.ONE));
            terms.currency = cur;
            terms.fee = f;
            terms.bands = List.of(new Band(n("0"), n("0.5"), bandPercent), new Band(n("0.5"), n("1"), n("0")));
            terms.capPercent = cap;
            terms.latePenalty = new LatePenalty(List.of(new LateRate(1, perTicket, perHour),
                    new LateRate(2, perTicket, null)), lateCap);
            terms.volume = 2L;
            if (extra != null) {
                terms.prices.put(ExtraServiceKind.TICKET_OVER_VOLUME, extra);
                terms.prices.put(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, extra);
                terms.prices.put(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, extra);
            }
            return terms.build();
        });
    }

    @Property
    void theTotalIsTheSumOfTheRoundedLines(@ForAll("pricedTerms") CloseTerms terms,
                                           @ForAll("times") List<List<Integer>> times,
                                           @ForAll @IntRange(max = 10) int days,
                                           @ForAll @IntRange(max = 100_000) int centiHours) {
        MonthClose close = close(terms, tickets(times), new UsageFacts(BigDecimal.valueOf(centiHours, 2), days,
                List.of()));
        Invoice invoice = close.invoice();
        int scale = terms.currency().getDefaultFractionDigits();
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLine line : invoice.lines()) {
            assertEquals(scale, line.amount().scale(), line.description());
            sum = sum.add(line.amount());
            if (line.status() == InvoiceLine.Status.BILLED && line.unitPrice() != null) {
                assertEquals(line.quantity().multiply(line.unitPrice()).setScale(scale, RoundingMode.HALF_UP),
                        line.amount().abs(), line.description());
            }
        }
        assertEquals(sum, invoice.total());
        assertEquals(terms.monthlyFee().setScale(scale, RoundingMode.HALF_UP),
                invoice.lines(InvoiceLine.Kind.MONTHLY_FEE).get(0).amount());
        BigDecimal qos = invoice.lines(InvoiceLine.Kind.QOS_PENALTY).get(0).amount().negate();
        if (terms.penaltyCapPercent() != null) {
            assertTrue(qos.compareTo(terms.monthlyFee().multiply(terms.penaltyCapPercent()).movePointLeft(2)
                    .setScale(scale, RoundingMode.HALF_UP)) <= 0, "the band's penalty stays within its cap");
        }
        BigDecimal late = invoice.lines().stream().filter(l -> l.kind().name().startsWith("LATE_"))
                .map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        BigDecimal lateCap = terms.latePenalty().monthlyCap();
        if (lateCap != null) {
            assertTrue(late.compareTo(lateCap.setScale(scale, RoundingMode.HALF_UP)) <= 0,
                    "the late-ticket penalty " + late + " stays within its cap " + lateCap);
        }
        assertTrue(late.signum() >= 0 && qos.signum() >= 0, "penalties never add to the invoice");
    }

    @Property
    void raisingOneResolutionTimeNeverLowersTheOverdueCountOrTheAverage(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 20 * 3600) Integer> times,
            @ForAll @IntRange(max = 19) int which, @ForAll @IntRange(max = 10 * 3600) int more) {
        int index = which % times.size();
        List<Integer> raised = new ArrayList<>(times);
        raised.set(index, raised.get(index) + more);
        PriorityFigures before = close(terms().build(), tickets(List.of(times, List.of(), List.of())), UsageFacts.NONE)
                .report().priority(1);
        PriorityFigures after = close(terms().build(), tickets(List.of(raised, List.of(), List.of())),
                UsageFacts.NONE).report().priority(1);
        assertTrue(after.overdue() >= before.overdue());
        assertTrue(after.averageSeconds().compareTo(before.averageSeconds()) >= 0);
        assertTrue(!after.averageCheck().met() || before.averageCheck().met(), "a met average was met before too");
    }
}
