package org.servicelevel.domain.model.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks to know a delivery comes from us and was not changed or replayed:
 * {@code X-ServiceLevel-Signature: t=<unix seconds>,v1=<lowercase hex HMAC-SHA256 of "<t>.<body>">},
 * keyed with the subscription's secret. A receiver computes the same HMAC over the raw body, compares
 * in constant time, and rejects timestamps older than {@link #TOLERANCE}.
 */
public final class WebhookSignature {

    /** The header that carries the signature. */
    public static final String HEADER = "X-ServiceLevel-Signature";
    /** How old a signature receivers should still accept. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** The header value for {@code body} sent at {@code at}. */
    public static String header(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    /** Lowercase hex HMAC-SHA256 of {@code text} under {@code secret} (both UTF-8). */
    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * What a receiver does: whether {@code header} signs {@code body} under {@code secret} and is no
     * older than {@link #TOLERANCE} at {@code now}.
     */
    public static boolean verify(String secret, String header, String body, Instant now) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,18}")) {
                t = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(t), now);
        if (age.abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }
}
