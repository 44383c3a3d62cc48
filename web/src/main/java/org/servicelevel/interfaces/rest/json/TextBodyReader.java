package org.servicelevel.interfaces.rest.json;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads the bodies the API takes as plain text (a ticket's JSON, a CSV answer sheet, an iCalendar
 * file) as strictly as {@link JsonBodyReader} reads the others: in the charset of the
 * {@code Content-Type} (UTF-8 unless it names another), an unknown charset refused naming
 * {@code Content-Type} and bytes that are no text in it refused naming {@code body}, rather than
 * failing with a 500 or being stored with replacement characters.
 */
@Provider
@Priority(1)
@Consumes(MediaType.WILDCARD)
public class TextBodyReader implements MessageBodyReader<String> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return JsonBodyReader.decode(entity.readAllBytes(), mediaType);
    }
}
