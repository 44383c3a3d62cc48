package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.EscalationFixtures.await;
import static org.servicelevel.it.EscalationFixtures.escalations;
import static org.servicelevel.it.EscalationFixtures.history;
import static org.servicelevel.it.EscalationFixtures.mails;
import static org.servicelevel.it.EscalationFixtures.setup;
import static org.servicelevel.it.EscalationFixtures.sleep;
import static org.servicelevel.it.EscalationFixtures.ticketAt;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.expect;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicelevel.it.EscalationFixtures.Setup;

/**
 * Two applications firing the same escalation steps: the real EAR deployed twice into the managed
 * domain (as {@code servicelevel} and {@code servicelevel-second}), both on the one database, as two
 * server instances of a deployment group would be. Each has its own escalation timer, armed by the
 * tickets registered through it; when it fires it takes every due step, so both go for the same rows.
 * Every step must fire once: one row, one history event, one e-mail per recipient.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationTwiceIT {

    private static final String SECOND = "servicelevel-second";
    private static final String SECOND_BASE = Api.BASE.replace("/servicelevel/", "/" + SECOND + "/");
    private static final int TICKETS = 40;

    @RegisterExtension
    static final GreenMailExtension MAIL = EscalationFixtures.mailServer();

    @Deployment(name = "first", order = 1, testable = false)
    static EnterpriseArchive first() {
        return Deployments.ear();
    }

    @Deployment(name = "second", order = 2, testable = false)
    static EnterpriseArchive second() {
        return Deployments.copy(SECOND);
    }

    @Test
    void twoApplicationsOnOneDatabaseFireEachStepOnce() throws Exception {
        Setup s = setup();
        expect(200, Api.callAt(SECOND_BASE, "GET", "api/me", ADMIN, null, null));

        List<JsonObject> tickets = register(s);
        List<Long> ids = tickets.stream().map(t -> t.getJsonNumber("id").longValue()).toList();

        await("every step of every ticket fired (a step that failed, e.g. on a conflict between the two"
                + " applications, is tried again only five minutes later)", () -> fired(ids), n -> n == 3 * TICKETS);

        Map<String, Long> split = new TreeMap<>();
        Duration latest = Duration.ZERO;
        for (long id : ids) {
            List<JsonObject> steps = escalations(id);
            assertEquals(3, steps.size(), "the warning, the breach record and the breach step: " + steps);
            assertTrue(steps.stream().allMatch(e -> e.getString("state").equals("FIRED")), steps.toString());
            assertEquals(3, steps.stream().map(e -> e.getInt("step") + "/" + e.getInt("occurrence")).distinct().count(),
                    steps.toString());
            for (JsonObject e : steps) {
                assertTrue(Set.of("server/servicelevel", "server/" + SECOND).contains(e.getString("firedOn")), e.toString());
                assertFalse(e.getBoolean("late"), "fired when due, not put off by a conflict: " + e);
                split.merge(e.getString("firedOn"), 1L, Long::sum);
                Duration lateBy = Duration.parse(e.getString("lateBy"));
                latest = lateBy.compareTo(latest) > 0 ? lateBy : latest;
            }
            List<JsonObject> events = history(id);
            assertEquals(2, events.stream().filter(e -> e.getString("type").equals("ESCALATION")).count(),
                    "ticket " + id + ": " + events);
            assertEquals(1, events.stream().filter(e -> e.getString("type").equals("BREACH")).count(),
                    "ticket " + id + ": " + events);
        }
        System.out.println("EscalationTwiceIT: " + 3 * TICKETS + " steps fired on " + split + ", the latest "
                + latest + " after its due instant");

        await("the e-mails of every ticket", () -> tickets.stream().mapToInt(t -> mailsAbout(s, t)).sum(),
                n -> n >= 4 * TICKETS);
        sleep(Duration.ofSeconds(3));
        for (JsonObject t : tickets) {
            String number = t.getString("number");
            assertEquals(2, mails(MAIL, number, s.address(s.agent())).size(), number + ": the assignee, warning and breach");
            assertEquals(1, mails(MAIL, number, s.address(s.lead())).size(), number + ": the group's lead, the breach");
            assertEquals(1, mails(MAIL, number, s.address(s.owner())).size(), number + ": the agreement's owner, the breach");
        }
    }

    /**
     * Registers the tickets (priority 2: the warning after 16 s, the breach after 21 s) within a
     * moment, every other one through the second application, so both timers are armed by them.
     */
    private static List<JsonObject> register(Setup s) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonObject>> calls = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                String base = i % 2 == 0 ? Api.BASE : SECOND_BASE;
                calls.add(() -> ticketAt(base, s, 2));
            }
            List<JsonObject> tickets = new ArrayList<>();
            for (Future<JsonObject> f : pool.invokeAll(calls)) {
                tickets.add(f.get());
            }
            return tickets;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long fired(List<Long> ids) {
        return ids.stream().flatMap(id -> escalations(id).stream()).filter(e -> e.getString("state").equals("FIRED"))
                .count();
    }

    private static int mailsAbout(Setup s, JsonObject ticket) {
        String number = ticket.getString("number");
        return List.of(s.agent(), s.lead(), s.owner()).stream().map(s::address)
                .mapToInt(a -> mails(MAIL, number, a).size()).sum();
    }
}
