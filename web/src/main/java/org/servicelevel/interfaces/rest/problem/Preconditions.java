package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;

/** Reads the record version an update is based on from {@code If-Match} (an ETag {@code "<version>"}). */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problems.response(428, "If-Match required",
                    "Send the ETag you read with GET in an If-Match header, so that a concurrent change is not"
                            + " overwritten."));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problems.response(412, "Precondition failed",
                    "If-Match " + ifMatch + " is not an ETag of this record; read it again with GET."));
        }
    }
}
