package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The month's jobs in the real application: the monthly report of a month with 50,000 tickets run
 * through (one of them lowered after its breach, with a reason the collection keeps to the character),
 * the same month of a twin agreement failing in the middle and restarted from its checkpoint
 * with the same figures, a re-run after approval creating a correction instead of a second invoice,
 * the adjustment leaving an unchanged month alone, and requests that cannot run refused at once.
 */
@ExtendWith(ArquillianExtension.class)
class MonthCloseJobIT {

    private static final int TICKETS = 50_000;
    private static final int BAD = 30_001;
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String probe(String query, String credentials) {
        HttpResponse<String> answer = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "it-month-close?call="
                + query)).header("Authorization", credentials).GET().build());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(!answer.body().startsWith("failed"), answer.body());
        return answer.body();
    }

    private static JsonObject start(String job, long agreement, String manager) {
        HttpResponse<String> started = Fixtures.expect(202, Api.call("POST", "api/reports/" + job, manager, JSON,
                "{\"agreement\":" + agreement + ",\"month\":\"2026-11\"}"));
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonObject job0 = Api.object(started.body());
        assertTrue(location.endsWith("/api/jobs/" + job0.getJsonNumber("id").longValue()), location);
        return job0;
    }

    private static JsonObject await(long execution, String manager) {
        for (int i = 0; i < 1200; i++) {
            JsonObject job = Api.object(Fixtures.expect(200, Api.get("api/jobs/" + execution, manager)).body());
            String state = job.getString("state");
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(state)) {
                return job;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("execution " + execution + " did not end in 5 minutes");
    }

    private static long read(JsonObject job, String step) {
        return job.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(step)).mapToLong(s -> s.getJsonNumber("read").longValue())
                .sum();
    }

    /** The counts the seeding gives, worked out from its rules (not by the product): per priority. */
    private static String expectedCounts() {
        StringBuilder counts = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            int accepted = 0;
            int resolved = 0;
            int open = 0;
            for (int i = 0; i < TICKETS; i++) {
                int priority = i == BAD ? 2 : 1 + i % 3;
                if (priority != p) {
                    continue;
                }
                accepted += i % 7 == 0 ? 0 : 1;
                resolved += i % 10 == 0 ? 0 : 1;
                open += i % 10 == 0 ? 1 : 0;
            }
            counts.append("P").append(p).append(" accepted=").append(accepted).append(" resolved=").append(resolved)
                    .append(" open=").append(open).append(' ');
        }
        return counts.toString();
    }

    private static String counts(String figures) {
        StringBuilder counts = new StringBuilder();
        for (String part : figures.split("; ")) {
            if (part.startsWith("P")) {
                String[] words = part.split(" ");
                counts.append(words[0]).append(' ').append(words[1]).append(' ').append(words[2]).append(' ')
                        .append(words[3]).append(' ');
            }
        }
        return counts.toString();
    }

    @Test
    void aMonthFailedInTheMiddleAndRestartedClosesAsAnUninterruptedRun() {
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        Fixtures.Agreement whole = Fixtures.activeSla(customer, calendar);
        Fixtures.Agreement twin = Fixtures.activeSla(customer, calendar);
        String manager = Api.token(Fixtures.user("manager", null));
        probe("seed&agreement=" + whole.id() + "&tickets=" + TICKETS + "&bad=" + BAD, manager);
        probe("fix&agreement=" + whole.id(), manager);
        probe("seed&agreement=" + twin.id() + "&tickets=" + TICKETS + "&bad=" + BAD, manager);

        JsonObject uninterrupted = await(start("monthly", whole.id(), manager).getJsonNumber("id").longValue(), manager);
        assertEquals("COMPLETED", uninterrupted.getString("state"), uninterrupted.toString());
        String figures = probe("figures&agreement=" + whole.id(), manager);
        assertEquals(expectedCounts(), counts(figures), figures);
        assertTrue(figures.endsWith("; lowered 1->3 by it at 2026-11-02T10:03:05Z because " + MonthCloseProbe.LOWERING_REASON),
                "the one ticket lowered after its breach is flagged with who lowered it, when and why, its reason"
                        + " kept to the character: " + figures);

        long first = start("monthly", twin.id(), manager).getJsonNumber("id").longValue();
        JsonObject failed = await(first, manager);
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertTrue(failed.getString("failure").contains("priority 9"), failed.toString());
        long readBefore = read(failed, "collect");
        assertTrue(readBefore >= 50, "pages were kept before the failure: " + failed);
        assertEquals(409, Api.call("POST", "api/jobs/" + first + "/stop", manager, null, null).statusCode(),
                "a failed execution does not stop");

        probe("fix&agreement=" + twin.id(), manager);
        HttpResponse<String> restarted = Fixtures.expect(202, Api.call("POST", "api/jobs/" + first + "/restart",
                manager, null, null));
        JsonObject second = Api.object(restarted.body());
        assertEquals(failed.getJsonNumber("run").longValue(), second.getJsonNumber("run").longValue(),
                "the restart goes on with the same run");
        JsonObject done = await(second.getJsonNumber("id").longValue(), manager);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        assertTrue(read(done, "collect") < TICKETS / 500 - 10, "the restart read from its checkpoint, not from the"
                + " start: " + done);
        assertEquals(figures, probe("figures&agreement=" + twin.id(), manager),
                "the restarted month has the figures of the uninterrupted one");
        assertEquals(409, Api.call("POST", "api/jobs/" + first + "/restart", manager, null, null).statusCode(),
                "an execution that was restarted does not restart again");
    }

    @Test
    void aRunAfterTheApprovalCorrectsTheMonthAndTheAdjustmentLeavesAnUnchangedMonthAlone() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String manager = Api.token(Fixtures.user("manager", null));
        probe("seed&agreement=" + sla.id() + "&tickets=300", manager);

        assertEquals("COMPLETED", await(start("monthly", sla.id(), manager).getJsonNumber("id").longValue(), manager)
                .getString("state"));
        String number = "R-2026-11-" + sla.number();
        List<String> draft = List.of(probe("list&agreement=" + sla.id(), manager).split("\n"));
        assertEquals(1, draft.size(), draft.toString());
        assertTrue(draft.get(0).startsWith(number + "-1 DRAFT "), draft.toString());

        assertEquals("COMPLETED", await(start("adjustment", sla.id(), manager).getJsonNumber("id").longValue(),
                manager).getString("state"));
        assertEquals(draft, List.of(probe("list&agreement=" + sla.id(), manager).split("\n")),
                "nothing changed, so the adjustment stored nothing");

        assertEquals("APPROVED", probe("approve&agreement=" + sla.id(), manager));
        assertEquals("COMPLETED", await(start("monthly", sla.id(), manager).getJsonNumber("id").longValue(), manager)
                .getString("state"));
        List<String> results = List.of(probe("list&agreement=" + sla.id(), manager).split("\n"));
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.get(0).startsWith(number + "-1 APPROVED "), results.toString());
        assertTrue(results.get(1).startsWith(number + "-2 DRAFT ") && results.get(1).endsWith(" 0.00"),
                "a correction that bills nothing more, not a second invoice: " + results);
    }

    @Test
    void theMonthlyTimersRunStartsTheAdjustmentOnceTheReportCompleted() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String manager = Api.token(Fixtures.user("manager", null));
        probe("seed&agreement=" + sla.id() + "&tickets=50", manager);

        long report = Long.parseLong(probe("chain&agreement=" + sla.id(), manager));
        assertEquals("COMPLETED", await(report, manager).getString("state"));
        // the executions that follow the report's, as any manager reads them: the adjustment the report started
        JsonObject adjustment = EscalationFixtures.await("the adjustment started after the report", () -> {
            for (long id = report + 1; id <= report + 10; id++) {
                HttpResponse<String> job = Api.get("api/jobs/" + id, manager);
                if (job.statusCode() == 200) {
                    JsonObject found = Api.object(job.body());
                    JsonObject parameters = found.getJsonObject("parameters");
                    if (found.getString("job").equals("qos-invoice-adjustment")
                            && Long.toString(sla.id()).equals(parameters.getString("agreement", ""))) {
                        return found;
                    }
                }
            }
            return null;
        }, found -> found != null && found.getString("state").equals("COMPLETED"));
        assertEquals("system", adjustment.getJsonObject("parameters").getString("requestedBy"));
        assertEquals("2026-11", adjustment.getJsonObject("parameters").getString("month"));
    }

    private static String terms(String calendar, String priority2, String fee) {
        return terms(calendar, priority2, fee, true);
    }

    private static String terms(String calendar, String priority2, String fee, boolean normal) {
        return """
                {"currency":"EUR","monthlyFee":%s,
                 "services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                 "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"PT2H","maxOverdueShare":20},
                               {"number":2,"name":"High","resolution":"%s","maxOverdueShare":20}%s],
                 "defaultPriority":2,
                 "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.6},{"kind":"OVERDUE_SHARE","priority":2,"weight":0.4}],
                 "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}]}"""
                .formatted(fee, calendar, priority2, normal
                        ? ",{\"number\":3,\"name\":\"Normal\",\"resolution\":\"PT16H\",\"maxOverdueShare\":20}" : "");
    }

    /** The invoice's line amounts and total, as exact numbers whatever their scale. */
    private static List<java.math.BigDecimal> amounts(JsonObject side) {
        JsonObject invoice = side.getJsonObject("invoice");
        java.util.List<java.math.BigDecimal> amounts = new java.util.ArrayList<>();
        invoice.getJsonArray("lines").getValuesAs(JsonObject.class)
                .forEach(l -> amounts.add(l.getJsonNumber("amount").bigDecimalValue().stripTrailingZeros()));
        amounts.add(invoice.getJsonNumber("total").bigDecimalValue().stripTrailingZeros());
        return amounts;
    }

    private static JsonObject priority(JsonObject side, int number) {
        return side.getJsonObject("report").getJsonArray("priorities").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("number") == number).findFirst().orElseThrow();
    }

    @Test
    void whatIfReplaysAMonthUnderProposedTermsWithoutStoringAnything() {
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, calendar);
        String manager = Api.token(Fixtures.user("manager", null));
        String agent = Fixtures.user("agent", null);
        probe("seed&agreement=" + sla.id() + "&tickets=300", manager);
        assertEquals("COMPLETED", await(start("monthly", sla.id(), manager).getJsonNumber("id").longValue(), manager)
                .getString("state"));
        String stored = probe("list&agreement=" + sla.id(), manager);
        String path = "api/agreements/" + sla.id() + "/what-if";

        JsonObject same = Api.object(Fixtures.expect(200, Api.call("POST", path, manager, JSON,
                "{\"month\":\"2026-11\",\"terms\":" + terms(calendar, "PT4H", "1000") + "}")).body());
        assertEquals(amounts(same.getJsonObject("actual")), amounts(same.getJsonObject("proposed")),
                "the same terms give the same month");

        JsonObject looser = Api.object(Fixtures.expect(200, Api.call("POST", path, manager, JSON,
                "{\"month\":\"2026-11\",\"terms\":" + terms(calendar, "PT8H", "2000") + "}")).body());
        int before = priority(looser.getJsonObject("actual"), 2).getInt("overdue");
        int after = priority(looser.getJsonObject("proposed"), 2).getInt("overdue");
        assertTrue(before > 0 && after < before, "a target twice as long leaves fewer tickets late: " + before + " → "
                + after);
        assertEquals(priority(looser.getJsonObject("actual"), 2).getInt("resolved"),
                priority(looser.getJsonObject("proposed"), 2).getInt("resolved"));
        assertTrue(looser.getJsonObject("difference").toString().contains("\"total\""), looser.toString());
        assertEquals(stored, probe("list&agreement=" + sla.id(), manager), "a what-if stores nothing");

        HttpResponse<String> lacking = Fixtures.expect(409, Api.call("POST", path, manager, JSON,
                "{\"month\":\"2026-11\",\"terms\":" + terms(calendar, "PT4H", "1000", false) + "}"));
        assertTrue(lacking.body().contains("priority 3"), lacking.body());
        assertTrue(Fixtures.fields(Fixtures.expect(400, Api.call("POST", path, manager, JSON,
                "{\"month\":\"2026-11\",\"terms\":" + terms(calendar, "PT4H", "-5") + "}")))
                .contains("terms.monthlyFee"));
        assertEquals(List.of("month"), Fixtures.fields(Fixtures.expect(400, Api.call("POST", path, manager, JSON,
                "{\"month\":\"november\",\"terms\":" + terms(calendar, "PT4H", "1000") + "}"))));
        Fixtures.expect(403, Api.call("POST", path, agent, JSON, "{\"month\":\"2026-11\",\"terms\":"
                + terms(calendar, "PT4H", "1000") + "}"));
    }

    @Test
    void requestsThatCannotRunAreRefusedAtOnce() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String manager = Api.token(Fixtures.user("manager", null));
        String agent = Fixtures.user("agent", null);
        assertEquals(List.of("month"), Fixtures.fields(Fixtures.expect(400, Api.call("POST", "api/reports/monthly",
                manager, JSON, "{\"agreement\":" + sla.id() + ",\"month\":\"2026-13\"}"))));
        assertEquals(List.of("month"), Fixtures.fields(Fixtures.expect(400, Api.call("POST", "api/reports/monthly",
                manager, JSON, "{\"agreement\":" + sla.id() + "}"))));
        assertEquals(List.of("month"), Fixtures.fields(Fixtures.expect(400, Api.call("POST", "api/reports/monthly",
                manager, JSON, "{\"agreement\":" + sla.id() + ",\"month\":\"2025-12\"}"))),
                "a month before the service started");
        HttpResponse<String> unfinished = Fixtures.expect(409, Api.call("POST", "api/reports/monthly", manager, JSON,
                "{\"agreement\":" + sla.id() + ",\"month\":\"2099-01\"}"));
        assertTrue(unfinished.body().contains("has not ended"), unfinished.body());
        Fixtures.expect(404, Api.call("POST", "api/reports/adjustment", manager, JSON,
                "{\"agreement\":987654321,\"month\":\"2026-11\"}"));
        Fixtures.expect(403, Api.call("POST", "api/reports/monthly", agent, JSON,
                "{\"agreement\":" + sla.id() + ",\"month\":\"2026-11\"}"));
        Fixtures.expect(404, Api.get("api/jobs/987654321", manager));
        JsonObject notReported = await(start("adjustment", sla.id(), manager).getJsonNumber("id").longValue(), manager);
        assertEquals("FAILED", notReported.getString("state"), notReported.toString());
        assertTrue(notReported.getString("failure").contains("has not been reported yet"), notReported.toString());
    }
}
