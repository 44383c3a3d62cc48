package org.servicelevel.interfaces.rest.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.ticket.ImportReport;
import org.servicelevel.application.ticket.ImportedTicket;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.interfaces.rest.json.StrictJson;

/** What TicketResource lets through to the ticket service: dates outside the supported years are refused naming the field. */
class TicketResourceDatesTest {

    private final List<List<ImportedTicket>> imports = new ArrayList<>();
    private final List<TicketService.Query> queries = new ArrayList<>();
    private final TicketResource resource = new TicketResource();

    @SuppressWarnings("unchecked")
    TicketResourceDatesTest() throws ReflectiveOperationException {
        TicketService service = (TicketService) Proxy.newProxyInstance(TicketService.class.getClassLoader(),
                new Class<?>[] {TicketService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "importTickets" -> {
                        imports.add((List<ImportedTicket>) args[0]);
                        yield new ImportReport(1, 0, 0, List.of());
                    }
                    case "list" -> {
                        queries.add((TicketService.Query) args[0]);
                        yield new TicketService.Page(List.of(), 0, 50, 0);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Field f = TicketResource.class.getDeclaredField("tickets");
        f.setAccessible(true);
        f.set(resource, service);
    }

    private TicketImportRequest importOf(String registeredAt, String eventAt) {
        String json = "{\"tickets\": [{\"customer\": \"ACME\", \"service\": \"WS\", \"title\": \"Printer\","
                + " \"registeredAt\": \"" + registeredAt + "\", \"events\": [{\"at\": \"" + eventAt + "\","
                + " \"type\": \"COMMENT\", \"text\": \"old\"}]}]}";
        return StrictJson.read(json, TicketImportRequest.class);
    }

    /** docs/api.md: instants from 1900-01-02T00:00:00Z to before 2399-12-31, in bodies and parameters alike. */
    @Test
    void importInstantsOutsideTheSupportedYearsAreRefusedNamingTheField() {
        for (String when : List.of("1850-05-04T09:12:00+02:00", "0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z")) {
            imports.clear();
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> resource.importTickets(importOf(when, "2026-05-04T09:20:00+02:00")),
                    () -> "registeredAt " + when + " passed the resource and reached the service (" + imports.size()
                            + " import call)");
            assertEquals("tickets[0].registeredAt", e.errors().get(0).field());
        }
    }

    @Test
    void pagingLimitsAreRefusedNamingTheParameter() {
        assertEquals("page", assertThrows(InvalidFieldException.class, () -> resource.list(null, null, null, null, null,
                null, null, null, null, -1, 50)).field());
        assertEquals("size", assertThrows(InvalidFieldException.class, () -> resource.list(null, null, null, null, null,
                null, null, null, null, 0, 501)).field());
        assertEquals("size", assertThrows(InvalidFieldException.class, () -> resource.list(null, null, null, null, null,
                null, null, null, null, 0, 0)).field());
        assertEquals("page", assertThrows(InvalidFieldException.class, () -> resource.list(null, null, null, null, null,
                null, null, null, null, Integer.MAX_VALUE, 500)).field());
        resource.list(null, null, null, null, null, null, null, null, null, 1_000_000, 500);
        assertEquals(500_000_000, queries.get(0).offset());
    }

    @Test
    void badEventsAreNamedByTheirPath() {
        String json = "{\"tickets\": [{\"customer\": \"ACME\", \"title\": \"T\", \"registeredAt\": \"2026-05-04T09:12:00Z\","
                + " \"events\": [null]}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> resource.importTickets(StrictJson.read(json, TicketImportRequest.class)));
        assertEquals(List.of("tickets[0].events[0].at"), e.errors().stream().map(InvalidFieldException::field).toList());
        assertNull(imports.isEmpty() ? null : imports);
    }
}
