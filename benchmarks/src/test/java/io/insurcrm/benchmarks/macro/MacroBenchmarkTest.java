package io.insurcrm.benchmarks.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Keeps the macro benchmark from rotting: a tiny run (300 customers, H2 only) must finish, find
 * that the library and the baselines returned the same results, and write both sides' figures.
 * CI runs only this; the real sizes are run by hand (BENCHMARKS.md).
 */
class MacroBenchmarkTest {

    @Test
    void smallRunOnH2MatchesTheBaselinesAndWritesTheResultFile(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("result.json");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = new CommandLine(new MacroBenchmark(new PrintStream(console, true, StandardCharsets.UTF_8)))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute("--customers", "300", "--store", "h2", "--lookups", "100", "--warm-up-lookups", "20",
                        "--warm-up-customers", "0", "--out", json.toString(), "--work-dir",
                        dir.resolve("work").toString());
        String printed = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(300, root.get("customers").asInt());
        assertTrue(root.get("resultsMatch").asBoolean(), printed);
        JsonNode phases = root.get("phases");
        assertEquals(List.of("import", "360-view"), List.of(phases.get(0).get("phase").asText(),
                phases.get(1).get("phase").asText()));
        for (JsonNode phase : phases) {
            assertEquals("h2", phase.get("store").asText());
            assertTrue(phase.get("resultsMatch").asBoolean(), phase.toString());
            assertTrue(phase.get("mismatches").isEmpty(), phase.toString());
            assertTrue(phase.get("ratio").asDouble() > 0, phase.toString());
            for (String side : List.of("library", "baseline")) {
                JsonNode s = phase.get("sides").get(side);
                assertTrue(s.get("headline").asDouble() > 0, side + " of " + phase);
                assertTrue(s.get("peakHeapMb").asLong() > 0, side + " of " + phase);
            }
        }
        JsonNode importSides = phases.get(0).get("sides");
        long rows = importSides.get("library").get("figures").get("rows").asLong();
        assertTrue(rows > 300 * 3, "customers, policies, claims, interactions and branches: " + rows);
        assertEquals(rows, importSides.get("baseline").get("figures").get("rows").asLong());
        assertEquals(100, phases.get(1).get("sides").get("library").get("figures").get("lookups").asInt());
        assertTrue(printed.contains("| h2 | import | library |"), printed);
    }

    @Test
    void aDifferenceBetweenTheSidesFailsThePhase() {
        ImportPhase phase = new ImportPhase();
        ImportPhase.Load library = new ImportPhase.Load(10, 1_000_000, java.util.Map.of(),
                java.util.Map.of("policy.rows", "3"));
        ImportPhase.Load baseline = new ImportPhase.Load(10, 1_000_000, java.util.Map.of(),
                java.util.Map.of("policy.rows", "4"));
        assertEquals(List.of("policy.rows: library 3, baseline 4"), phase.compare(library, baseline, List.of()));
        assertTrue(phase.compare(library, library, List.of()).isEmpty());
    }
}
