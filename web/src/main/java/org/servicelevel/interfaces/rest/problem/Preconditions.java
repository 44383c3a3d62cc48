package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the record version an update is based on from {@code If-Match}. ETags are strong
 * ({@code "<version>"}); as RFC 9110 requires for {@code If-Match}, a weak tag ({@code W/"1"}) never
 * matches, and neither does {@code *}: an update must name the version it was based on.
 */
public final class Preconditions {

    private static final Pattern STRONG = Pattern.compile("\"([\\x21\\x23-\\x7e]*)\"");
    /** A version as {@link #etag} writes it: no leading zeros, since {@code "07"} is not the tag {@code "7"}. */
    private static final Pattern VERSION = Pattern.compile("0|[1-9]\\d{0,17}");

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by a strong ETag {@code "<version>"} in {@code If-Match}. */
    public static long requireVersion(String ifMatch) {
        String tag = requireTag(ifMatch);
        if (!VERSION.matcher(tag).matches()) {
            throw failed("If-Match " + ifMatch.strip() + " is not an ETag of this record; read it again with GET.");
        }
        return Long.parseLong(tag);
    }

    /** The opaque value of the one strong ETag in {@code If-Match}. */
    public static String requireTag(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problems.response(Problems.of(428, "If-Match required",
                    "Send the ETag you read with GET in an If-Match header, so that a concurrent change is not"
                            + " overwritten.", Problems.field("If-Match", "Send the ETag you read with GET"))));
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            throw failed("If-Match " + value + " is a weak ETag, which never matches an update (RFC 9110); send the"
                    + " ETag exactly as GET answered it, without W/.");
        }
        Matcher strong = STRONG.matcher(value);
        if (!strong.matches()) {
            throw failed("If-Match must hold one ETag in double quotes as GET answered it, e.g. \"3\"; "
                    + (value.equals("*") ? "* does not say which version your change is based on." : "got " + value + "."));
        }
        return strong.group(1);
    }

    private static WebApplicationException failed(String detail) {
        return new WebApplicationException(Problems.response(Problems.of(412, "Precondition failed", detail,
                Problems.field("If-Match", detail))));
    }
}
