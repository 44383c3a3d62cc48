package org.servicelevel.application.escalation.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.escalation.PlannedStep;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.worktime.WorkCalendar;

/** The escalation e-mails in each language, through EscalationMail.text: every field, the zone, the overdue time. */
class EscalationMailLanguagesTest {

    private static final Instant DUE = Instant.parse("2026-03-02T09:00:00Z");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private Locale defaultLocale;

    @BeforeEach
    void setUp() throws Exception {
        defaultLocale = Locale.getDefault();
        UnitTestConfig.install();
        UnitTestConfig.VALUES.clear();
        clearBundleCache();
    }

    @AfterEach
    void tearDown() throws Exception {
        Locale.setDefault(defaultLocale);
        UnitTestConfig.VALUES.clear();
        clearBundleCache();
    }

    private static void clearBundleCache() throws Exception {
        Field f = Recipients.class.getDeclaredField("BUNDLES");
        f.setAccessible(true);
        ((Map<?, ?>) f.get(null)).clear();
    }

    static Ticket ticket() throws Exception {
        Constructor<Ticket> c = Ticket.class.getDeclaredConstructor();
        c.setAccessible(true);
        Ticket t = c.newInstance();
        set(t, "id", 42L);
        set(t, "number", "T-000042");
        set(t, "title", "Mail server down");
        set(t, "customer", new Organisation("ACME", "ACME Manufacturing", DUE));
        return t;
    }

    private static void set(Object o, String name, Object value) throws Exception {
        Field f = Ticket.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(o, value);
    }

    static ScheduledStep step(int index, String at, Instant dueAt) {
        return new ScheduledStep(42L, new PlannedStep("resolution", index, "lead", at, 0, "NOTIFY ASSIGNEE", dueAt), DUE);
    }

    static SlaClock clock(Duration target, Duration elapsed, Duration remaining) {
        return new SlaClock("resolution", ClockState.RUNNING, false, target, elapsed, remaining, DUE.minus(target), null,
                DUE, null, null, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of());
    }

    private static EscalationMail.Text warning() throws Exception {
        return new EscalationMail().text(ticket(), step(0, "80%", DUE.minus(Duration.ofMinutes(95))),
                clock(Duration.ofHours(8), Duration.ofMinutes(385), Duration.ofMinutes(95)),
                WorkCalendar.twentyFourSeven(TOKYO));
    }

    /** The due instant is in the calendar's zone (09:00 UTC is 18:00 in Tokyo) and named. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "pl"})
    void theWarningCarriesEveryFieldAndTheDueInstantInTheCalendarsZone(String language) throws Exception {
        UnitTestConfig.VALUES.put("servicelevel.notifications.locale", language);
        EscalationMail.Text text = warning();
        String body = text.body();
        for (String part : List.of("T-000042", "Mail server down", "ACME Manufacturing", "Asia/Tokyo", language.equals("en") ? "6:00:00" : "18:00",
                "/app/ticket.xhtml?id=42", "35")) {
            assertTrue(body.contains(part), language + " lacks " + part + ":\n" + body);
        }
        assertTrue(text.subject().contains("T-000042"), text.subject());
    }

    /** The English e-mail (the base bundle, whose locale is the root locale) formats the due instant in English. */
    @Test
    void theEnglishDueInstantIsFormattedInEnglish() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        UnitTestConfig.VALUES.put("servicelevel.notifications.locale", "en");
        String english = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .withZone(TOKYO).format(DUE);
        String body = warning().body();
        assertTrue(body.contains(english + " (Asia/Tokyo)"), "expected '" + english + "' in:\n" + body);
    }

    /**
     * servicelevel.notifications.locale=en (the default) on a server whose JVM default locale is
     * Russian: there is no notifications_en, and the texts come from the English base bundle, not from
     * the server locale's notifications_ru.
     */
    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsRussian() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        UnitTestConfig.VALUES.put("servicelevel.notifications.locale", "en");
        EscalationMail.Text text = warning();
        assertTrue(text.subject().startsWith("Ticket T-000042"), text.subject());
    }

    /** A step at the due instant that fires late (the server was down for 2 h) says how long overdue it is. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "pl"})
    void aBreachMailFiredLateSaysHowLongOverdue(String language) throws Exception {
        UnitTestConfig.VALUES.put("servicelevel.notifications.locale", language);
        EscalationMail.Text text = new EscalationMail().text(ticket(), step(1, "100%", DUE),
                clock(Duration.ofHours(8), Duration.ofHours(10), Duration.ZERO), WorkCalendar.twentyFourSeven(TOKYO));
        String overdue = EscalationMail.duration(Recipients.texts(), Duration.ofHours(2));
        assertTrue(text.body().contains(overdue), language + ": expected overdue '" + overdue + "' in:\n" + text.body());
    }
}
