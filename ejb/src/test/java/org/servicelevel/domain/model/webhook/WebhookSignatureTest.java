package org.servicelevel.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "a-secret-of-some-length";
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"ticket\":\"T-1\"}}";
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theHeaderIsTheTimestampAndTheHmacOfTimestampDotBody() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        assertEquals("t=" + AT.getEpochSecond() + ",v1=" + WebhookSignature.hmac(SECRET, AT.getEpochSecond() + "." + BODY),
                header);
        assertTrue(header.matches("t=\\d+,v1=[0-9a-f]{64}"), header);
    }

    @Test
    void theHmacIsHmacSha256InLowercaseHex() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void aReceiverAcceptsTheSignatureWithinFiveMinutes() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, AT));
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(299)));
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(301)), "a replay after five minutes");
    }

    @Test
    void aChangedBodyAnotherSecretOrAMalformedHeaderFails() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        assertFalse(WebhookSignature.verify(SECRET, header, BODY.replace("T-1", "T-2"), AT));
        assertFalse(WebhookSignature.verify("another-secret-entirely", header, BODY, AT));
        assertFalse(WebhookSignature.verify(SECRET, header.replace("t=" + AT.getEpochSecond(),
                "t=" + (AT.getEpochSecond() + 1)), BODY, AT), "the timestamp is signed too");
        assertFalse(WebhookSignature.verify(SECRET, "v1=abc", BODY, AT));
        assertFalse(WebhookSignature.verify(SECRET, null, BODY, AT));
    }
}
