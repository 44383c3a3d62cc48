package org.servicelevel.interfaces.rest.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.InvalidFieldException;

/**
 * {@code GET /tickets/{id}/clocks/{metric}/timeline?format=}: a format it does not write (xyz, pdf) was
 * answered as JSON; docs/api.md wants a malformed parameter refused naming it.
 */
class TicketTimelineFormatTest {

    private final TicketResource resource = new TicketResource();

    TicketTimelineFormatTest() throws ReflectiveOperationException {
        TicketService service = (TicketService) Proxy.newProxyInstance(TicketService.class.getClassLoader(),
                new Class<?>[] {TicketService.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName() + " reached");
                });
        Field f = TicketResource.class.getDeclaredField("tickets");
        f.setAccessible(true);
        f.set(resource, service);
    }

    @Test
    void aFormatOtherThanJsonOrCsvIsRefusedNamingFormat() {
        for (String format : List.of("xyz", "pdf", "csv2", "json;csv")) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class,
                    () -> resource.timeline(1, "resolution", null, format, null), format);
            assertEquals("format", e.field(), format);
        }
    }

    @Test
    void jsonCsvInAnyCaseAndABlankFormatReachTheService() {
        for (String format : List.of("json", "CSV", " csv ", "")) {
            assertThrows(UnsupportedOperationException.class,
                    () -> resource.timeline(1, "resolution", null, format, "text/csv"), format);
        }
    }
}
