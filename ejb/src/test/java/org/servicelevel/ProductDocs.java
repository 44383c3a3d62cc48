package org.servicelevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The product's documents (docs/*.md) as integrators read them, found from the module's directory upwards. */
public final class ProductDocs {

    private ProductDocs() {
    }

    /** The text of {@code docs/<name>}. */
    public static String read(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs").resolve(name);
            if (Files.isRegularFile(doc)) {
                try {
                    return Files.readString(doc, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("docs/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** The part of {@code text} from the heading line {@code heading} to the next heading of its level or higher. */
    public static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new IllegalStateException("no heading " + heading);
        }
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = text.indexOf("\n" + level, start + heading.length() + 1);
        return text.substring(start + 1, end < 0 ? text.length() : end);
    }
}
