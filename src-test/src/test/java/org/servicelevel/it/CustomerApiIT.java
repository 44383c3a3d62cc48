package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The parties over the API: customer organisations (and what their own users see), support groups and
 * the staff in them.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject json(String body) {
        return Api.object(body);
    }

    private static String code() {
        return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static long createCustomer(String code, String name) {
        HttpResponse<String> created = Api.call("POST", "api/customers", ADMIN, JSON, """
                {"code":"%s","name":"%s","coordinatorName":"Chris Coordinator","coordinatorEmail":"chris@example.com",
                 "coordinatorPhone":"+49 30 1234567"}""".formatted(code, name));
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    @Test
    void aCustomerUserSeesOnlyTheirOwnOrganisation() {
        String ownCode = code();
        long own = createCustomer(ownCode, "Own Ltd");
        long other = createCustomer(code(), "Other plc");
        String username = "it-cust-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> user = Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Customer user","password":"customer-pass-1","roles":["customer"],
                 "organisation":"%s"}""".formatted(username, ownCode));
        assertEquals(201, user.statusCode(), user.body());
        String asCustomer = Api.basic(username, "customer-pass-1");

        HttpResponse<String> list = Api.get("api/customers", asCustomer);
        assertEquals(200, list.statusCode());
        var customers = Api.array(list.body());
        assertEquals(1, customers.size(), list.body());
        assertEquals(ownCode, customers.getJsonObject(0).getString("code"));
        assertEquals(200, Api.get("api/customers/" + own, asCustomer).statusCode());
        HttpResponse<String> foreign = Api.get("api/customers/" + other, asCustomer);
        assertEquals(404, foreign.statusCode(), "another organisation does not exist for a customer user");
        assertEquals("application/problem+json", foreign.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertEquals(403, Api.call("POST", "api/customers", asCustomer, JSON,
                "{\"code\":\"" + code() + "\",\"name\":\"Sneaky\"}").statusCode());

        var ownUsers = Api.array(Api.get("api/customers/" + own + "/users", asCustomer).body());
        assertEquals(1, ownUsers.size(), ownUsers.toString());
        assertEquals(username, ownUsers.getJsonObject(0).getString("username"));
        assertEquals(404, Api.get("api/customers/" + other + "/users", asCustomer).statusCode());
        assertEquals(0, Api.array(Api.get("api/customers/" + other + "/users", ADMIN).body()).size());

        HttpResponse<String> staffList = Api.get("api/customers", ADMIN);
        assertTrue(staffList.body().contains(ownCode) && staffList.body().contains("Other plc"), staffList.body());
    }

    @Test
    void onlyACustomerUserBelongsToAnOrganisation() {
        String ownCode = code();
        createCustomer(ownCode, "Own Ltd");
        for (String role : List.of("integration", "agent", "manager")) {
            String username = "it-staff-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> refused = Api.call("POST", "api/users", ADMIN, JSON, """
                    {"username":"%s","displayName":"Bound","password":"staff-pass-1","roles":["%s"],
                     "organisation":"%s"}""".formatted(username, role, ownCode));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(List.of("organisation"), Fixtures.fields(refused), role);
            assertEquals(404, Api.get("api/users/" + username, ADMIN).statusCode(), "no account was created");
        }
    }

    @Test
    void updatesNeedTheCurrentETagAndBadInputNamesTheField() {
        String code = code();
        long id = createCustomer(code, "Before Ltd");
        String path = "api/customers/" + id;
        String etag = Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow();
        String change = "{\"name\":\"After Ltd\",\"coordinatorName\":\"Dana\",\"coordinatorEmail\":\"dana@example.com\"}";

        assertEquals(428, Api.call("PUT", path, ADMIN, JSON, change).statusCode());
        HttpResponse<String> updated = Api.call("PUT", path, ADMIN, JSON, change, "If-Match", etag);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("After Ltd", json(updated.body()).getString("name"));
        assertEquals("Dana", json(updated.body()).getString("coordinatorName"));
        assertEquals(412, Api.call("PUT", path, ADMIN, JSON, change, "If-Match", etag).statusCode(),
                "the old ETag is stale after the first update");

        HttpResponse<String> duplicate = Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"" + code.toLowerCase(Locale.ROOT) + "\",\"name\":\"Copycat\"}");
        assertEquals(400, duplicate.statusCode());
        assertTrue(duplicate.body().contains("\"field\":\"code\""), duplicate.body());

        HttpResponse<String> invalid = Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"x y\",\"name\":\"\",\"coordinatorEmail\":\"not-an-address\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"field\":\"name\""), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"coordinatorEmail\""), invalid.body());

        HttpResponse<String> badCode = Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":\"x y\",\"name\":\"X\"}");
        assertEquals(400, badCode.statusCode());
        assertTrue(badCode.body().contains("\"field\":\"code\""), badCode.body());
    }

    @Test
    void supportGroupsAreLinesFieldEngineersOrSuppliers() {
        String code = "L2-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        HttpResponse<String> line = Api.call("POST", "api/support-groups", ADMIN, JSON,
                "{\"code\":\"" + code + "\",\"name\":\"Second line network\",\"kind\":\"SUPPORT_LINE\",\"lineLevel\":2}");
        assertEquals(201, line.statusCode(), line.body());
        long id = json(line.body()).getJsonNumber("id").longValue();
        assertEquals(2, json(line.body()).getInt("lineLevel"));

        HttpResponse<String> noLevel = Api.call("POST", "api/support-groups", ADMIN, JSON,
                "{\"code\":\"X-" + code + "\",\"name\":\"Line\",\"kind\":\"SUPPORT_LINE\"}");
        assertEquals(400, noLevel.statusCode());
        assertTrue(noLevel.body().contains("\"field\":\"lineLevel\""), noLevel.body());
        HttpResponse<String> badKind = Api.call("POST", "api/support-groups", ADMIN, JSON,
                "{\"code\":\"Y-" + code + "\",\"name\":\"Vendor\",\"kind\":\"VENDOR\"}");
        assertEquals(400, badKind.statusCode());
        assertTrue(badKind.body().contains("\"field\":\"kind\""), badKind.body());

        String etag = Api.get("api/support-groups/" + id, ADMIN).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> supplier = Api.call("PUT", "api/support-groups/" + id, ADMIN, JSON,
                "{\"name\":\"Network supplier\",\"kind\":\"SUPPLIER\"}", "If-Match", etag);
        assertEquals(200, supplier.statusCode(), supplier.body());
        assertEquals("SUPPLIER", json(supplier.body()).getString("kind"));
        assertEquals(412, Api.call("PUT", "api/support-groups/" + id, ADMIN, JSON,
                "{\"name\":\"Again\",\"kind\":\"SUPPLIER\"}", "If-Match", etag).statusCode());
    }

    private static String createUser(String role, String organisation) {
        String username = "it-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> user = Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Someone","password":"some-pass-1","roles":["%s"]%s}"""
                .formatted(username, role, organisation == null ? "" : ",\"organisation\":\"" + organisation + "\""));
        assertEquals(201, user.statusCode(), user.body());
        return username;
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }

    @Test
    void aSupportGroupKnowsItsLeadAndMembersAmongTheStaff() {
        String lead = createUser("manager", null);
        String agent = createUser("agent", null);
        String customerCode = code();
        createCustomer(customerCode, "Customer with users");
        String customerUser = createUser("customer", customerCode);
        String integration = createUser("integration", null);
        String code = "NET-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

        HttpResponse<String> created = Api.call("POST", "api/support-groups", ADMIN, JSON, """
                {"code":"%s","name":"Network","kind":"FIELD_ENGINEERS","lead":"%s","members":["%s","%s","%s"]}"""
                .formatted(code, lead, agent, lead.toUpperCase(Locale.ROOT), agent));
        assertEquals(201, created.statusCode(), created.body());
        String path = "api/support-groups/" + json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> read = Api.get(path, ADMIN);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject group = json(read.body());
        assertEquals(lead, group.getString("lead"));
        assertEquals(List.of(agent, lead).stream().sorted().toList(),
                group.getJsonArray("members").getValuesAs(JsonString::getString),
                "members are sorted and a username given twice counts once");
        String etag = read.headers().firstValue("ETag").orElseThrow();

        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(Api.call("PUT", path, ADMIN, JSON, """
                {"name":"Network","kind":"FIELD_ENGINEERS","lead":"%s","members":["%s","%s","%s"]}"""
                .formatted(lead, agent, lead, unknown), "If-Match", etag), "members[2]");
        assertRefused(Api.call("PUT", path, ADMIN, JSON, """
                {"name":"Network","kind":"FIELD_ENGINEERS","lead":"%s","members":["%s"]}"""
                .formatted(unknown, agent), "If-Match", etag), "lead");
        HttpResponse<String> customer = Api.call("PUT", path, ADMIN, JSON, """
                {"name":"Network","kind":"FIELD_ENGINEERS","lead":"%s","members":["%s","%s"]}"""
                .formatted(lead, customerUser, integration), "If-Match", etag);
        assertRefused(customer, "members[0]");
        assertRefused(customer, "members[1]");
        assertEquals(etag, Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow(), "a refused change changes nothing");

        HttpResponse<String> fewer = Api.call("PUT", path, ADMIN, JSON, """
                {"name":"Network","kind":"FIELD_ENGINEERS","lead":"%s","members":["%s"]}"""
                .formatted(lead, agent), "If-Match", etag);
        assertEquals(200, fewer.statusCode(), fewer.body());
        assertEquals(List.of(agent), json(fewer.body()).getJsonArray("members").getValuesAs(JsonString::getString));
        String newEtag = fewer.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newEtag, "a change of the members alone is a new version of the group");
        assertEquals(412, Api.call("PUT", path, ADMIN, JSON, """
                {"name":"Network","kind":"FIELD_ENGINEERS","lead":"%s"}""".formatted(lead), "If-Match", etag)
                .statusCode());
        HttpResponse<String> noLead = Api.call("PUT", path, ADMIN, JSON, """
                {"name":"Network","kind":"FIELD_ENGINEERS","members":["%s"]}""".formatted(agent), "If-Match", newEtag);
        assertEquals(200, noLead.statusCode(), noLead.body());
        assertEquals(JsonValue.NULL, json(noLead.body()).getOrDefault("lead", JsonValue.NULL), noLead.body());
        assertEquals(List.of(agent), json(Api.get(path, Api.basic(agent, "some-pass-1")).body())
                .getJsonArray("members").getValuesAs(JsonString::getString), "agents read the staff");
    }
}
