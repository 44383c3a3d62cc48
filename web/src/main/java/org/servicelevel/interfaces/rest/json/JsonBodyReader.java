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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.servicelevel.domain.InvalidFieldException;

/**
 * Reads every JSON request body of the API through {@link StrictJson}, so each operation gets the
 * same strict typing, unknown-field refusal and field-named errors. The body must be valid text in
 * its declared charset (UTF-8 unless the {@code Content-Type} says otherwise); its size is limited by
 * {@link BodySizeLimit} before it gets here.
 */
@Provider
@Priority(1)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final String PACKAGE = "org.servicelevel.";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isRequestType(genericType);
    }

    private static boolean isRequestType(Type type) {
        if (type instanceof Class<?> c) {
            return c.getName().startsWith(PACKAGE) || c.isArray() && isRequestType(c.getComponentType());
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).anyMatch(JsonBodyReader::isRequestType);
        }
        return false;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] bytes = entity.readAllBytes();
        if (bytes.length == 0 && Arrays.stream(annotations).anyMatch(a -> a instanceof OptionalBody)) {
            return null;
        }
        return StrictJson.read(decode(bytes, mediaType), genericType);
    }

    /**
     * The body as text in the charset its {@code Content-Type} names (UTF-8 when none): an unknown charset
     * is refused naming {@code Content-Type}, bytes that are no text in it naming {@code body}.
     */
    static String decode(byte[] bytes, MediaType mediaType) {
        Charset charset;
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidFieldException("Content-Type", "The charset of the body is unknown; send UTF-8");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFieldException(StrictJson.BODY, "The body is not valid " + charset.name() + " text");
        }
    }
}
