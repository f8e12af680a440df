package io.insurcrm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the SPI's public signatures from changing by accident (after Trino's
 * {@code TestSpiBackwardCompatibility}). Every public type, constructor, method and field of
 * {@code io.insurcrm.spi} is listed in {@code src/test/resources/spi-signatures.txt}. A change
 * fails this test; if it is intended (and compatible, or the major version was raised), rewrite
 * the file with {@code mvn -pl crm-plugins-api test -Dspi.signatures.update=true} and review the diff.
 */
class SpiSignatureTest {
    private static final Path EXPECTED = Path.of("src/test/resources/spi-signatures.txt");

    @Test
    void publicSignaturesAreTheRecordedOnes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> actual = signatures();
        if (Boolean.getBoolean("spi.signatures.update")) {
            Files.write(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        List<String> removed = new ArrayList<>(expected);
        removed.removeAll(actual);
        List<String> added = new ArrayList<>(actual);
        added.removeAll(expected);
        assertEquals("", (removed.isEmpty() ? "" : "removed or changed:\n  " + String.join("\n  ", removed) + "\n")
                + (added.isEmpty() ? "" : "added:\n  " + String.join("\n  ", added) + "\n"),
                "the SPI changed; a removal breaks plugins (raise the major version), an addition needs a minor version");
    }

    private static List<String> signatures() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(CrmPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/insurcrm/spi");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                    continue;
                }
                Class<?> type = Class.forName("io.insurcrm.spi." + name.substring(0, name.length() - 6));
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                String t = type.getSimpleName();
                out.add(t + " " + kind(type));
                for (Constructor<?> c : type.getConstructors()) {
                    out.add(t + " new(" + params(c.getGenericParameterTypes()) + ")");
                }
                for (Method m : type.getMethods()) {
                    if (m.getDeclaringClass() == type && !m.isSynthetic()) {
                        out.add(t + " " + (Modifier.isStatic(m.getModifiers()) ? "static " : "")
                                + (m.isDefault() ? "default " : "") + m.getGenericReturnType().getTypeName() + " "
                                + m.getName() + "(" + params(m.getGenericParameterTypes()) + ")");
                    }
                }
                for (Field f : type.getFields()) {
                    if (f.getDeclaringClass() == type) {
                        out.add(t + " field " + f.getGenericType().getTypeName() + " " + f.getName());
                    }
                }
            }
        }
        return out.stream().map(s -> s.replace("java.lang.", "").replace("java.util.", "")
                .replace("io.insurcrm.spi.", "")).sorted().collect(Collectors.toList());
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isRecord()) {
            return "record";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return "class extends " + type.getSuperclass().getSimpleName();
    }

    private static String params(java.lang.reflect.Type[] types) {
        return Stream.of(types).map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", "));
    }
}
