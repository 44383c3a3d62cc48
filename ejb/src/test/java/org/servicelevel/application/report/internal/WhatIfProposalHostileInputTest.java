package org.servicelevel.application.report.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.servicelevel.Fields;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.report.MonthCollectionRepository;

/**
 * POST /api/agreements/{id}/what-if (docs/month-close.md): "wrong terms answer 400 naming each field
 * under terms.". Proposals that pass the terms' own checks (AgreementTerms.problems, run by
 * AgreementService.proposal) but that the close cannot work with (no currency or fee, a priority
 * without a resolution target) are refused naming the field too, not as a conflict naming none.
 */
class WhatIfProposalHostileInputTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(WhatIfProposalHostileInputTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }

    private static AgreementTerms terms(String currency, BigDecimal fee, List<PriorityTerms> priorities) {
        return new AgreementTerms(currency, fee, null, List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null,
                null, List.of())), priorities, null, List.of(), null, List.of(), List.of(), List.of(), List.of(), 0, null,
                List.of(), List.of());
    }

    private static PriorityTerms priority(int number, Duration response, Duration resolution) {
        return new PriorityTerms(number, "P" + number, response, resolution, null, false, List.of());
    }

    private static MonthCloseServiceBean bean() {
        Organisation acme = new Organisation("ACME", "ACME Ltd", NOW);
        Fields.set(Organisation.class, acme, "id", 1L);
        Agreement agreement = new Agreement("SLA-ACME", AgreementType.SLA, new Agreement.Header("Workplace", acme, null,
                null, null, "UTC", LocalDate.of(2026, 1, 1), null, null, "max"),
                terms("EUR", new BigDecimal("12000.00"), List.of(priority(1, Duration.ofMinutes(15), Duration.ofHours(2)))),
                Instant.parse("2025-12-01T10:00:00Z"), "max");
        agreement.activate(Instant.parse("2025-12-01T10:00:00Z"));
        Fields.set(Agreement.class, agreement, "id", 42L);
        MonthCloseServiceBean bean = new MonthCloseServiceBean();
        Fields.set(MonthCloseServiceBean.class, bean, "agreements", proxy(AgreementRepository.class, (p, m, a) ->
                m.getName().equals("findById") ? Optional.of(agreement) : fail("unexpected " + m.getName())));
        Fields.set(MonthCloseServiceBean.class, bean, "agreementService", proxy(AgreementService.class, (p, m, a) -> {
            if (!m.getName().equals("proposal")) {
                return fail("unexpected " + m.getName());
            }
            AgreementTerms proposed = (AgreementTerms) a[1];
            InvalidInputException.throwIfAny(proposed.problems(AgreementType.SLA));
            return proposed;
        }));
        Fields.set(MonthCloseServiceBean.class, bean, "collections", proxy(MonthCollectionRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "lastClosedRun" -> Optional.of(1L);
                    case "collected" -> List.of();
                    default -> fail("unexpected " + m.getName());
                }));
        Fields.set(MonthCloseServiceBean.class, bean, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        Fields.set(MonthCloseServiceBean.class, bean, "log", Logger.getLogger("what-if"));
        return bean;
    }

    private static void assertRefusedNamingATermsField(AgreementTerms proposal, String... expectedFields) {
        String expectedField = String.join(" or ", expectedFields);
        MonthCloseServiceBean bean = bean();
        try {
            bean.whatIf(42L, OCTOBER, proposal, List.of());
            fail("the proposal was replayed");
        } catch (InvalidInputException refused) {
            List<String> fields = refused.errors().stream().map(InvalidFieldException::field).toList();
            assertTrue(List.of(expectedFields).stream().anyMatch(fields::contains), fields.toString());
        } catch (DomainException other) {
            fail("answered " + other.getClass().getSimpleName() + " \"" + other.getMessage() + "\" naming no field;"
                    + " expected a 400 naming " + expectedField);
        } catch (RuntimeException later) {
            // the proposal got past the terms' checks into the replay, which this test does not set up
            fail("the proposal was accepted and replayed: " + later);
        }
    }

    /** {"month":"2026-10","terms":{"currency":"EUR","monthlyFee":12000,"priorities":[{"number":1,"name":"P1","response":"PT15M"}],...}} */
    @Test
    void aProposedPriorityWithOnlyAResponseTargetIsNamed() {
        AgreementTerms proposal = terms("EUR", new BigDecimal("12000.00"), List.of(priority(1, Duration.ofMinutes(15),
                null)));
        assertTrue(proposal.problems(AgreementType.SLA).isEmpty(), "valid terms of an agreement version");
        assertRefusedNamingATermsField(proposal, "terms.priorities[0].resolution");
    }

    /** {"month":"2026-10","terms":{"services":[...],"priorities":[...]}}: no currency and no monthly fee. */
    @Test
    void aProposalWithoutMonthlyFeeIsNamed() {
        AgreementTerms proposal = terms(null, null, List.of(priority(1, Duration.ofMinutes(15), Duration.ofHours(2))));
        assertFalse(proposal.problems(AgreementType.SLA).stream().anyMatch(e -> e.field().startsWith("terms.")),
                "valid terms of an agreement version");
        assertRefusedNamingATermsField(proposal, "terms.currency", "terms.monthlyFee");
    }
}
