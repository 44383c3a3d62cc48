package org.servicelevel.it;

import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the escalation tests set up over the API: a 24/7 calendar, a customer with an SLA of targets
 * of seconds under the default escalation policy, a first-line group with a lead and a member, users
 * with e-mail addresses; and the GreenMail server the domain sends its e-mails to.
 */
final class EscalationFixtures {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private EscalationFixtures() {
    }

    /** The mail server the managed domain sends to, on the SMTP port the failsafe configuration gives it. */
    static GreenMailExtension mailServer() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("servicelevel.it.smtp-port", 3925),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** A customer with an SLA (priorities 1: 30 s, 2: 20 s, 3: 1 h of resolution) owned by a manager, and a first-line group. */
    record Setup(String customer, String sla, String group, String agent, String lead, String owner) {

        String address(String user) {
            return user + "@example.com";
        }
    }

    static Setup setup() {
        String calendar = unique("IT 24/7 ");
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","preset":"24/7"}"""
                .formatted(calendar)));
        String customer = Fixtures.customer();
        String agent = user("agent");
        String lead = user("agent");
        String owner = user("manager");
        String group = unique("G");
        expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON, """
                {"code":"%s","name":"First line %s","kind":"SUPPORT_LINE","lineLevel":1,"lead":"%s","members":["%s"]}"""
                .formatted(group, group, lead, agent)));
        String sla = unique("SLA-ESC-");
        HttpResponse<String> created = expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Escalated support","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30","owner":"%s",
                 "terms":{"services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","resolution":"PT30S"},
                                {"number":2,"name":"High","resolution":"PT20S"},
                                {"number":3,"name":"Normal","resolution":"PT1H"}],
                  "defaultPriority":3}}""".formatted(sla, customer, owner, calendar)));
        long id = Api.object(created.body()).getJsonNumber("id").longValue();
        expect(200, Api.call("POST", "api/agreements/" + id + "/activate", ADMIN, null, null, "If-Match",
                etag(created)));
        return new Setup(customer, sla, group, agent, lead, owner);
    }

    private static String user(String role) {
        String username = unique("esc-" + role + "-").toLowerCase(Locale.ROOT);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"%s","email":"%s@example.com","password":"%s","roles":["%s"]}"""
                .formatted(username, username, username, Fixtures.PASSWORD, role)));
        return username;
    }

    /** A ticket assigned to the group's member, registered by the administrator. */
    static JsonObject ticket(Setup s, int priority) {
        return ticketAt(Api.BASE, s, priority);
    }

    /** A ticket assigned to the group's member, registered through the application deployed at {@code base}. */
    static JsonObject ticketAt(String base, Setup s, int priority) {
        return Api.object(expect(201, Api.callAt(base, "POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"WS","title":"Mail server down","priority":%d,
                 "assignee":"%s","supportGroup":"%s"}""".formatted(s.customer(), s.sla(), priority, s.agent(), s.group())))
                .body());
    }

    static List<JsonObject> escalations(long ticket) {
        return Api.array(expect(200, Api.get("api/tickets/" + ticket + "/escalations", ADMIN)).body())
                .getValuesAs(JsonObject.class);
    }

    static List<JsonObject> history(long ticket) {
        return Api.array(expect(200, Api.get("api/tickets/" + ticket + "/history", ADMIN)).body())
                .getValuesAs(JsonObject.class);
    }

    /** The e-mails the mail server received so far about the ticket, to the address. */
    static List<MimeMessage> mails(GreenMailExtension mail, String number, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(number)
                && recipients(m).contains(address)).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code probe} until {@code done}, for {@link #PATIENCE} at most; the last value seen. */
    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            sleep(Duration.ofMillis(500));
            value = probe.get();
        }
        return value;
    }

    static void sleep(Duration d) {
        if (d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
