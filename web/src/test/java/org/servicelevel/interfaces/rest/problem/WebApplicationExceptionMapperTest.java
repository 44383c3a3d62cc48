package org.servicelevel.interfaces.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.servicelevel.interfaces.rest.ServiceLevelApi;

/**
 * The runtime's own refusals of a request's headers name the header, as docs/api.md wants of every
 * error: a 406 (Accept: text/html on a JSON resource) named nothing, unlike the 415 naming Content-Type.
 */
class WebApplicationExceptionMapperTest {

    private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

    private static String body(Response response) {
        return String.valueOf(response.getEntity());
    }

    @Test
    void notAcceptableNamesAcceptAndUnsupportedMediaTypeNamesContentType() {
        Response notAcceptable = mapper.toResponse(new NotAcceptableException());
        assertEquals(406, notAcceptable.getStatus());
        assertTrue(body(notAcceptable).contains("\"field\":\"Accept\""), body(notAcceptable));
        Response unsupported = mapper.toResponse(new NotSupportedException());
        assertEquals(415, unsupported.getStatus());
        assertTrue(body(unsupported).contains("\"field\":\"Content-Type\""), body(unsupported));
    }

    /** OPTIONS on any address answered Jersey's WADL (its version, the Java types of the answers). */
    @Test
    void theApiPublishesNoWadl() {
        Object disabled = new ServiceLevelApi().getProperties().get("jersey.config.server.wadl.disableWadl");
        assertTrue(Boolean.TRUE.equals(disabled), String.valueOf(disabled));
    }
}
