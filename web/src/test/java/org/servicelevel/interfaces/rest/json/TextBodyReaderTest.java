package org.servicelevel.interfaces.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

/**
 * The bodies read as text (POST /tickets, a survey's CSV sheet, an iCalendar file): docs/api.md wants a
 * problem naming the field for a charset nobody knows (not a 500) and bytes that are no text refused
 * (not stored with replacement characters).
 */
class TextBodyReaderTest {

    private final TextBodyReader reader = new TextBodyReader();

    private String read(byte[] body, MediaType type) throws IOException {
        return reader.readFrom(String.class, String.class, new Annotation[0], type, null,
                new ByteArrayInputStream(body));
    }

    private static MediaType csv(String charset) {
        return charset == null ? new MediaType("text", "csv")
                : new MediaType("text", "csv", Map.of("charset", charset));
    }

    @Test
    void readsStringsOnly() {
        assertTrue(reader.isReadable(String.class, String.class, new Annotation[0], csv(null)));
        assertTrue(!reader.isReadable(byte[].class, byte[].class, new Annotation[0], csv(null)));
    }

    @Test
    void readsUtf8ByDefaultAndTheCharsetNamed() throws IOException {
        assertEquals("Jörg 😀", read("Jörg 😀".getBytes(StandardCharsets.UTF_8), csv(null)));
        assertEquals("Jörg", read("Jörg".getBytes(StandardCharsets.ISO_8859_1), csv("ISO-8859-1")));
    }

    @Test
    void anUnknownCharsetIsRefusedNamingContentType() {
        for (String charset : new String[] {"bogus", "x", "utf-8-not"}) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class,
                    () -> read("respondent,role\n".getBytes(StandardCharsets.UTF_8), csv(charset)), charset);
            assertEquals("Content-Type", e.field());
        }
    }

    @Test
    void bytesThatAreNoTextAreRefusedNamingTheBody() {
        byte[] broken = {'F', (byte) 0xff, (byte) 0xfe, 'g'};
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> read(broken, csv(null)));
        assertEquals("body", e.field());
    }
}
