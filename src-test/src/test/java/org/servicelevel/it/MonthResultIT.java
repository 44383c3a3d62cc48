package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The months' results in the real application, through the service as each role calls it: a draft
 * replaced by the next run, approval, the approved result readable by its customer only and never
 * changed, a later run creating a correction with the difference, the audit trail and the exports.
 */
@ExtendWith(ArquillianExtension.class)
class MonthResultIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String probe(String query, String credentials) {
        HttpResponse<String> answer = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "it-month-results?call="
                + query)).header("Authorization", credentials).GET().build());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** The parts of a summary line: id, version, number, state, revision, total, difference. */
    private static List<String> summary(String line) {
        List<String> parts = List.of(line.split(" "));
        assertEquals(7, parts.size(), line);
        return parts;
    }

    @Test
    void aMonthsResultFromDraftToApprovalToCorrection() {
        String customerA = Fixtures.customer();
        String customerB = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customerA, Fixtures.calendar());
        String manager = Fixtures.user("manager", null);
        String agent = Fixtures.user("agent", null);
        String userA = Fixtures.user("customer", customerA);
        String userB = Fixtures.user("customer", customerB);
        String first = "R-2026-11-" + sla.number() + "-1";

        List<String> draft = summary(probe("store&late=0&agreement=" + sla.id(), manager));
        assertEquals(List.of(first, "DRAFT", "1", "1000.00", "-"), draft.subList(2, 7));
        String id = draft.get(0);
        assertEquals("denied", probe("store&late=0&agreement=" + sla.id(), agent), "an agent stores no result");
        assertEquals("hidden", probe("find&id=" + id, userA), "a draft is not shown to the customer");
        assertEquals("[]", probe("list&agreement=" + sla.id(), userA));

        List<String> replaced = summary(probe("store&late=2&agreement=" + sla.id(), manager));
        assertEquals(List.of(id, first, "DRAFT", "2", "900.00", "-"),
                List.of(replaced.get(0), replaced.get(2), replaced.get(3), replaced.get(4), replaced.get(5),
                        replaced.get(6)), "the same result, its second revision, with the band's 10 % penalty");

        assertEquals("denied", probe("approve&id=" + id + "&version=" + replaced.get(1), userA));
        assertEquals("stale", probe("approve&id=" + id + "&version=" + draft.get(1), manager));
        List<String> approved = summary(probe("approve&id=" + id + "&version=" + replaced.get(1), manager));
        assertEquals("APPROVED", approved.get(3));
        assertEquals("conflict", probe("approve&id=" + id + "&version=" + approved.get(1), manager));

        assertEquals(first, summary(probe("find&id=" + id, userA)).get(2), "the customer reads the approved result");
        assertEquals("hidden", probe("find&id=" + id, userB), "another customer does not");
        assertEquals("[]", probe("list&agreement=" + sla.id(), userB));
        assertEquals(first + ".pdf application/pdf %PDF", probe("export&format=pdf&lang=ru&id=" + id, userA));

        List<String> correction = summary(probe("store&late=0&agreement=" + sla.id(), manager));
        assertEquals(List.of("R-2026-11-" + sla.number() + "-2", "DRAFT", "1", "1000.00", "100.00"),
                correction.subList(2, 7), "a correction: without the penalty the month costs 100.00 more");
        assertEquals(List.of(first, "APPROVED", "2", "900.00", "-"), summary(probe("find&id=" + id, manager))
                .subList(2, 7), "the approved result is unchanged");
        assertEquals("[" + first + "]", probe("list&agreement=" + sla.id(), userA),
                "the customer sees the approved result, not the draft correction");
        assertEquals(first, summary(probe("of-month&agreement=" + sla.id(), userA)).get(2));
        assertEquals("R-2026-11-" + sla.number() + "-2", summary(probe("of-month&agreement=" + sla.id(), manager))
                .get(2), "staff see the month's latest result");
        assertEquals("[computed, recomputed, approved, corrected]", probe("audit&id=" + id, manager));
        assertEquals("denied", probe("audit&id=" + id, userA));
        assertTrue(probe("export&format=xlsx&lang=pl&id=" + correction.get(0), agent)
                .startsWith("R-2026-11-" + sla.number() + "-2.xlsx application/vnd.openxmlformats"));
    }
}
