package org.servicelevel.application.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Provider;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.servicelevel.Fields;
import org.servicelevel.application.ticket.ImportReport;
import org.servicelevel.application.ticket.ImportedTicket;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.selection.SelectionRuleRepository;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.StatusTransition;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * POST /api/tickets/import below the REST layer: TicketImporter.importOne with the real
 * TicketFactory and domain, repositories stubbed (no database, no container).
 */
class TicketImportEdgesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = at("2026-06-01T12:00");

    private final Organisation acme = new Organisation("ACME", "ACME", NOW.minusSeconds(86400 * 400));
    private final AgreementTerms terms = new AgreementTerms("EUR", null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
            List.of(priority(1, "PT15M", "PT2H"), priority(2, "PT30M", "PT4H"), priority(3, "PT2H", "PT16H")),
            3, null, null, null, null, null, null, 0, null, null, null);
    private final Agreement sla;
    private final List<Ticket> stored = new ArrayList<>();
    private final TicketImporter importer = new TicketImporter();
    private final ServiceCalendar office = new ServiceCalendar() {
        private final WorkCalendar engine = WorkCalendar.of(CalendarRules.of(BERLIN,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                        .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build()));

        public long id() {
            return 1;
        }

        public String name() {
            return "Office";
        }

        public WorkCalendar engine() {
            return engine;
        }

        public int versionOn(LocalDate date) {
            return 1;
        }
    };

    private final TicketClocks clocks = new TicketClocks() {
        @Override
        public List<SlaClock> clocks(Ticket ticket, Instant asOf) {
            if (ticket.agreement().isEmpty()) {
                return List.of();
            }
            Instant at = asOf.isBefore(ticket.registeredAt()) ? ticket.registeredAt() : asOf;
            return ClockCalculator.clocks(ticket.historyAsOf(at), terms(ticket).orElseThrow()
                    .forService(ticket.serviceCode()), office, at, monitoringEnd(ticket.agreement().get()));
        }

        @Override
        public Optional<ServiceCalendar> calendar(Ticket ticket) {
            return ticket.agreement().map(a -> office);
        }
    };

    TicketImportEdgesTest() {
        Fields.set(Organisation.class, acme, "id", 1L);
        sla = new Agreement("SLA-ACME", AgreementType.SLA, new Agreement.Header("Support", acme, null, null, null,
                "Europe/Berlin", LocalDate.of(2025, 1, 1), null, null, "max"), terms, NOW.minusSeconds(86400 * 300),
                "max");
        sla.activate(NOW.minusSeconds(86400 * 300));
        Fields.set(Agreement.class, sla, "id", 7L);
        TicketRepository tickets = stub(TicketRepository.class, (name, args) -> switch (name) {
            case "statusModel" -> defaultModel();
            case "nextNumber" -> "T-" + (stored.size() + 1);
            case "findByExternalReference", "findByNumber", "findIdempotencyRecord" -> Optional.empty();
            case "store" -> {
                Ticket t = (Ticket) args[0];
                Fields.set(Ticket.class, t, "id", (long) stored.size() + 1);
                stored.add(t);
                yield t;
            }
            default -> throw new UnsupportedOperationException(name);
        });
        OrganisationRepository organisations = stub(OrganisationRepository.class, (name, args) ->
                "ACME".equals(args[0]) ? Optional.of(acme) : Optional.empty());
        AgreementRepository agreements = stub(AgreementRepository.class, (name, args) ->
                "SLA-ACME".equals(args[0]) ? Optional.of(sla) : Optional.empty());
        TicketFactory factory = new TicketFactory();
        Fields.set(TicketFactory.class, factory, "tickets", tickets);
        Fields.set(TicketFactory.class, factory, "organisations", organisations);
        Fields.set(TicketFactory.class, factory, "agreements", agreements);
        Fields.set(TicketFactory.class, factory, "rules", stub(SelectionRuleRepository.class, (n, a) -> List.of()));
        Fields.set(TicketFactory.class, factory, "groups", stub(SupportGroupRepository.class, (n, a) -> Optional.empty()));
        Fields.set(TicketFactory.class, factory, "clocks", clocks);
        Fields.set(TicketFactory.class, factory, "log", Logger.getLogger("tickets"));
        Fields.set(TicketFactory.class, factory, "underAgreement", stub(Event.class, (n, a) -> null));
        Fields.set(TicketFactory.class, factory, "clocksChanged", stub(Event.class, (n, a) -> null));
        Fields.set(TicketFactory.class, factory, "withoutAgreement", (Provider<String>) () -> "REGISTER");
        Fields.set(TicketImporter.class, importer, "tickets", tickets);
        Fields.set(TicketImporter.class, importer, "organisations", organisations);
        Fields.set(TicketImporter.class, importer, "factory", factory);
        Fields.set(TicketImporter.class, importer, "clocks", clocks);
        Fields.set(TicketImporter.class, importer, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        Fields.set(TicketImporter.class, importer, "session", stub(SessionContext.class, (n, a) -> null));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private interface Handler {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Handler h) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class ? (method.getName().equals("equals")
                        ? proxy == args[0] : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                        : "stub") : h.handle(method.getName(), args == null ? new Object[0] : args));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, Duration.parse(response), Duration.parse(resolution),
                BigDecimal.TEN, false, List.of());
    }

    static StatusModel defaultModel() {
        return new StatusModel(List.of(
                new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true),
                new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, false),
                new TicketStatus("CLARIFICATION_WITH_CUSTOMER", "Clarification", StatusCategory.WAITING_ON_CUSTOMER, 30,
                        false),
                new TicketStatus("RESOLVED", "Resolved", StatusCategory.RESOLVED, 70, false),
                new TicketStatus("CLOSED", "Closed", StatusCategory.CLOSED, 80, false),
                new TicketStatus("CANCELLED", "Cancelled", StatusCategory.CANCELLED, 90, false)), List.of(
                new StatusTransition("NEW", "IN_PROGRESS", "Start work", false),
                new StatusTransition("NEW", "RESOLVED", "Resolve", false),
                new StatusTransition("NEW", "CANCELLED", "Cancel", true),
                new StatusTransition("IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER", "Ask", false),
                new StatusTransition("CLARIFICATION_WITH_CUSTOMER", "IN_PROGRESS", "Answered", true),
                new StatusTransition("IN_PROGRESS", "RESOLVED", "Resolve", false),
                new StatusTransition("RESOLVED", "IN_PROGRESS", "Reopen", true),
                new StatusTransition("RESOLVED", "CLOSED", "Close", true)));
    }

    private static TicketDraft draft(String agreement, Integer priority, Instant registeredAt) {
        return new TicketDraft("ACME", null, "Carla", null, "Printer", null, "WS", agreement, priority, null, null,
                null, Set.of(), null, null, null, null, null, "OLD-4711", registeredAt);
    }

    private static ImportedTicket.Event status(String local, String to, String note) {
        return new ImportedTicket.Event(at(local), "STATUS", "anna", false, to, null, null, null, note, null);
    }

    private static ImportedTicket.Event priority(String local, int p, String reason) {
        return new ImportedTicket.Event(at(local), "PRIORITY", "anna", false, null, p, null, null, reason, null);
    }

    private ImportReport.Result run(TicketDraft draft, ImportedTicket.Event... events) {
        return importer.importOne(0, new ImportedTicket(draft, List.of(events)), "importer");
    }

    private static List<String> fields(ImportReport.Result r) {
        return r.errors().stream().map(ImportReport.FieldMessage::field).toList();
    }

    private static void assertFailedNaming(ImportReport.Result r, String field) {
        assertEquals("FAILED", r.outcome(), "outcome; errors " + fields(r));
        assertEquals(List.of(field), fields(r));
    }

    // ---- discrepancies --------------------------------------------------------------------------

    /** docs/api.md: an instant lies from 1900-01-02 on; anything else is refused naming the field. */
    @Test
    void aRegistrationBeforeTheSupportedYearsIsRefusedNamingRegisteredAt() {
        ImportReport.Result r = run(draft(null, null, OffsetDateTime.parse("1850-05-04T09:12:00+02:00").toInstant()));
        assertFailedNaming(r, "tickets[0].registeredAt");
    }

    /** A PRIORITY event on a resolved ticket is wrong in its priority, not in a "to" it does not have. */
    @Test
    void aPriorityEventOnAResolvedTicketNamesThePriority() {
        ImportReport.Result r = run(draft("SLA-ACME", 3, at("2026-05-04T09:12")),
                status("2026-05-04T09:20", "IN_PROGRESS", null), status("2026-05-04T10:00", "RESOLVED", null),
                priority("2026-05-04T11:00", 1, "VIP"));
        assertFailedNaming(r, "tickets[0].events[2].priority");
    }

    /** The import's events carry the note and the reason in "text"; an error names that member. */
    @Test
    void aTooLongNoteOrReasonNamesTheEventsText() {
        ImportReport.Result note = run(draft("SLA-ACME", 3, at("2026-05-04T09:12")),
                status("2026-05-04T09:20", "IN_PROGRESS", "n".repeat(8001)));
        assertFailedNaming(note, "tickets[0].events[0].text");
        ImportReport.Result reason = run(draft("SLA-ACME", 3, at("2026-05-04T09:12")),
                priority("2026-05-04T09:20", 1, "r".repeat(8001)));
        assertFailedNaming(reason, "tickets[0].events[0].text");
    }

    // ---- what holds -----------------------------------------------------------------------------

    @Test
    void eventsOutOfOrderUnknownOrInTheFutureAreRefusedNamingTheField() {
        Instant registered = at("2026-05-04T09:12");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), status("2026-05-04T09:11", "IN_PROGRESS", null)),
                "tickets[0].events[0].at");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), status("2026-05-04T09:30", "IN_PROGRESS", null),
                status("2026-05-04T09:29:59", "RESOLVED", null)), "tickets[0].events[1].at");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), status("2026-05-04T09:30", "WAITING", null)),
                "tickets[0].events[0].to");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), status("2026-05-04T09:30", "CLOSED", null)),
                "tickets[0].events[0].to");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), status("2026-06-01T12:00:01", "IN_PROGRESS", null)),
                "tickets[0].events[0].at");
        assertFailedNaming(run(draft("SLA-ACME", 3, NOW.plusSeconds(1))), "tickets[0].registeredAt");
        assertFailedNaming(run(draft("SLA-ACME", 7, registered)), "tickets[0].priority");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), priority("2026-05-04T09:30", 7, null)),
                "tickets[0].events[0].priority");
        assertFailedNaming(run(draft("SLA-ACME", 3, registered), new ImportedTicket.Event(at("2026-05-04T09:30"),
                "REOPEN", null, false, null, null, null, null, null, null)), "tickets[0].events[0].type");
        assertEquals(0, stored.size());
    }

    @Test
    void sameSecondEventsKeepTheirOrder() {
        ImportReport.Result r = run(draft("SLA-ACME", 3, at("2026-05-04T09:12")),
                status("2026-05-04T09:12", "IN_PROGRESS", null), status("2026-05-04T09:12", "RESOLVED", null));
        assertEquals("CREATED", r.outcome(), fields(r).toString());
        SlaClock resolution = clocks.clocks(stored.get(0), NOW).stream()
                .filter(c -> c.metric().equals(SlaClock.RESOLUTION)).findFirst().orElseThrow();
        assertEquals(ClockState.MET, resolution.state());
        assertEquals(at("2026-05-04T09:12"), resolution.stoppedAt());
    }

    @Test
    void tenThousandEventsAreImportedInReasonableTime() {
        List<ImportedTicket.Event> events = new ArrayList<>();
        LocalDateTime t = LocalDateTime.parse("2026-05-04T09:13:00");
        events.add(status(t.toString(), "IN_PROGRESS", null));
        for (int i = 0; i < 9_999; i++) {
            t = t.plusSeconds(20);
            events.add(status(t.toString(), i % 2 == 0 ? "CLARIFICATION_WITH_CUSTOMER" : "IN_PROGRESS", null));
        }
        long start = System.nanoTime();
        ImportReport.Result r = importer.importOne(0, new ImportedTicket(draft("SLA-ACME", 3, at("2026-05-04T09:12")),
                events), "importer");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("CREATED", r.outcome(), fields(r).toString());
        assertEquals(10_001, stored.get(0).events().size());
        assertTrue(millis < 10_000, "took " + millis + " ms");
        System.out.println("10,000 events imported (no database) in " + millis + " ms");
    }
}
