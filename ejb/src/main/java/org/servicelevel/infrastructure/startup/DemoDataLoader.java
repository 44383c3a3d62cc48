package org.servicelevel.infrastructure.startup;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.NewUser;
import org.servicelevel.application.selection.SelectionRuleService;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.DateOverride;
import org.servicelevel.domain.model.calendar.Holiday;
import org.servicelevel.domain.model.calendar.WeeklyInterval;
import org.servicelevel.domain.model.identity.Role;

/**
 * Loads the demo data set so a newcomer can look around at once, as part of {@link StartupData}: only
 * when {@code servicelevel.demo-data.enabled} is {@code true} and the database held no organisation
 * and no user when the application started. The demo users and their passwords are listed in the
 * README; never enable this switch on a production installation.
 */
@Dependent
public class DemoDataLoader {

    /** The demo users' shared password, documented in the README. */
    static final String DEMO_PASSWORD = "demo-pass";

    @Inject
    @ConfigProperty(name = "servicelevel.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    private IdentityService identity;

    @Inject
    private CalendarService calendars;

    @Inject
    private CustomerService customers;

    @Inject
    private SupportGroupService groups;

    @Inject
    private AgreementService agreements;

    @Inject
    private SelectionRuleService selectionRules;

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    boolean enabled() {
        return enabled;
    }

    /**
     * Loads the data set through the application services, in the caller's transaction: it is
     * loaded whole or not at all.
     */
    void load() {
        customers.create(new CustomerChange("ACME", "ACME Manufacturing", "Carl Customer", "carl@demo.invalid",
                "+49 30 1234 5678"));
        user("alice", "Alice Admin", Role.ADMIN, null);
        user("max", "Max Manager", Role.MANAGER, null);
        user("anna", "Anna Agent", Role.AGENT, null);
        user("carl", "Carl Customer (ACME)", Role.CUSTOMER, "ACME");
        user("helpdesk", "Help desk integration", Role.INTEGRATION, null);
        calendars.create(new CalendarChange(DemoAgreements.OFFICE, "Europe/Berlin",
                "Monday to Friday 09:00-18:00 with German public holidays", officeHours(),
                LocalDate.of(2026, 1, 1)));
        calendars.create(new CalendarChange(DemoAgreements.ALWAYS, "UTC", "Round the clock, for priority 1 and monitoring",
                CalendarDefinition.twentyFourSeven(), LocalDate.of(2026, 1, 1)));
        DemoAgreements.load(groups, agreements, selectionRules);
        DemoTickets.load(tickets, clock.instant());
        log.info("Demo data loaded: organisation ACME, users alice, max, anna, carl, helpdesk,"
                + " calendars 'Berlin office hours' and '24/7', support groups, agreement " + DemoAgreements.SLA
                + " with its OLAs and underpinning contract, selection rules, six tickets");
    }

    private static CalendarDefinition officeHours() {
        List<WeeklyInterval> weekly = Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).map(d -> new WeeklyInterval(d, 9 * 60, 18 * 60)).toList();
        List<Holiday> holidays = List.of(
                new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day"),
                new Holiday(LocalDate.of(2026, 4, 3), "Good Friday"),
                new Holiday(LocalDate.of(2026, 4, 6), "Easter Monday"),
                new Holiday(LocalDate.of(2026, 5, 1), "Labour Day"),
                new Holiday(LocalDate.of(2026, 5, 14), "Ascension Day"),
                new Holiday(LocalDate.of(2026, 5, 25), "Whit Monday"),
                new Holiday(LocalDate.of(2026, 10, 3), "Day of German Unity"),
                new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                new Holiday(LocalDate.of(2026, 12, 26), "Second Day of Christmas"),
                new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"),
                new Holiday(LocalDate.of(2027, 3, 26), "Good Friday"),
                new Holiday(LocalDate.of(2027, 3, 29), "Easter Monday"),
                new Holiday(LocalDate.of(2027, 5, 1), "Labour Day"),
                new Holiday(LocalDate.of(2027, 5, 6), "Ascension Day"),
                new Holiday(LocalDate.of(2027, 5, 17), "Whit Monday"),
                new Holiday(LocalDate.of(2027, 10, 3), "Day of German Unity"),
                new Holiday(LocalDate.of(2027, 12, 25), "Christmas Day"),
                new Holiday(LocalDate.of(2027, 12, 26), "Second Day of Christmas"));
        List<DateOverride> overrides = List.of(
                DateOverride.working(LocalDate.of(2026, 12, 24), 9 * 60, 13 * 60, "Christmas Eve (short day)"),
                DateOverride.working(LocalDate.of(2026, 12, 31), 9 * 60, 13 * 60, "New Year's Eve (short day)"));
        return new CalendarDefinition(weekly, holidays, overrides);
    }

    private void user(String username, String name, Role role, String organisationCode) {
        identity.createUser(new NewUser(username, name, username + "@demo.invalid", DEMO_PASSWORD.toCharArray(),
                EnumSet.of(role), organisationCode));
    }
}
