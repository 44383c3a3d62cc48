package org.servicelevel.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.SequenceGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every id sequence an entity draws from hands out the block of ids its generator assumes: the
 * persistence unit takes {@code allocationSize} ids for each value it fetches, so a sequence that
 * steps by less would give two transactions the same ids, and one whose first value lies below a
 * block is refused at the first insert. The steps are read from the SQL migrations; a Java migration
 * that changes one would have to be added here.
 */
class SequenceBlocksTest {

    private static final Pattern CREATE = Pattern.compile(
            "CREATE SEQUENCE (\\w+)[^;]*?INCREMENT (?:BY )?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER = Pattern.compile(
            "ALTER SEQUENCE (\\w+)[^;]*?INCREMENT (?:BY )?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void everyGeneratorStepsAsItsSequence() throws IOException, URISyntaxException {
        Map<String, Integer> increments = increments();
        // the module's compiled classes lie beside its compiled tests
        Path classes = Path.of(SequenceBlocksTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        int generators = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("org/servicelevel/domain"))) {
            List<Path> types = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList();
            for (Path file : types) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                SequenceGenerator generator = field(name);
                if (generator == null) {
                    continue;
                }
                generators++;
                assertTrue(increments.containsKey(generator.sequenceName()), name + ": no migration creates "
                        + generator.sequenceName());
                assertEquals(generator.allocationSize(), increments.get(generator.sequenceName()),
                        name + ": " + generator.sequenceName());
            }
        }
        assertTrue(generators >= 20, "the entities' generators were found (" + generators + ")");
    }

    private static SequenceGenerator field(String className) {
        try {
            Class<?> type = Class.forName(className, false, SequenceBlocksTest.class.getClassLoader());
            for (var f : type.getDeclaredFields()) {
                SequenceGenerator generator = f.getAnnotation(SequenceGenerator.class);
                if (generator != null) {
                    return generator;
                }
            }
            return type.getAnnotation(SequenceGenerator.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Each sequence's step as the migrations, in their order, leave it. */
    private static Map<String, Integer> increments() throws IOException, URISyntaxException {
        Path migrations = Path.of(SequenceBlocksTest.class.getResource("/db/migration").toURI());
        List<Path> ordered;
        try (Stream<Path> files = Files.list(migrations)) {
            ordered = files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(SequenceBlocksTest::version)).toList();
        }
        Map<String, Integer> increments = new HashMap<>();
        for (Path file : ordered) {
            String sql = Files.readString(file, StandardCharsets.UTF_8);
            for (Pattern statement : List.of(CREATE, ALTER)) {
                Matcher m = statement.matcher(sql);
                while (m.find()) {
                    increments.put(m.group(1).toLowerCase(), Integer.parseInt(m.group(2)));
                }
            }
        }
        return increments;
    }

    private static int version(Path file) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
