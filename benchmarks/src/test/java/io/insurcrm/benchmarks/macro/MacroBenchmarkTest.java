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
 * Keeps the macro benchmark from rotting: a tiny run (300 customers, H2 only) of every phase (import,
 * 360° view, analytics run, cube) must finish, find that the library and the baselines returned the same
 * results (the phases compare them and fail on any difference), and write both sides' figures.
 * CI runs only this; the real sizes are run by hand (BENCHMARKS.md).
 */
class MacroBenchmarkTest {

    @Test
    void smallRunOnH2MatchesTheBaselinesAndWritesTheResultFile(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("result.json");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = new CommandLine(new MacroBenchmark(new PrintStream(console, true, StandardCharsets.UTF_8)))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute("--customers", "300", "--store", "h2", "--lookups", "100", "--warm-up-lookups", "20", "--warm-up-seconds", "0",
                        "--warm-up-customers", "0", "--out", json.toString(), "--work-dir",
                        dir.resolve("work").toString());
        String printed = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(300, root.get("customers").asInt());
        assertTrue(root.get("resultsMatch").asBoolean(), printed);
        JsonNode phases = root.get("phases");
        List<String> names = new java.util.ArrayList<>();
        phases.forEach(p -> names.add(p.get("phase").asText()));
        assertEquals(List.of("import", "360-view", "analytics", "cube"), names);
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
        for (String side : List.of("library", "baseline")) {
            JsonNode figures = importSides.get(side).get("figures");
            JsonNode perRound = figures.get("secondsPerRound");
            assertEquals(2, perRound.size(), side);
            assertEquals(figures.get("seconds").asDouble(), perRound.get(0).asDouble() + perRound.get(1).asDouble(), 0.002,
                    side);
        }
        assertEquals(100, phases.get(1).get("sides").get("library").get("figures").get("lookups").asInt());
        JsonNode analytics = phases.get(2).get("sides");
        for (String side : List.of("library", "baseline")) {
            assertEquals(300, analytics.get(side).get("figures").get("customers").asInt(), side);
            assertEquals(4, analytics.get(side).get("figures").get("runs").asInt(), side);
            assertEquals(4, analytics.get(side).get("figures").get("millisPerRun").size(), side);
        }
        assertEquals(analytics.get("library").get("figures").get("alerts").asLong(),
                analytics.get("baseline").get("figures").get("alerts").asLong());
        JsonNode cube = phases.get(3).get("sides");
        assertTrue(cube.get("library").get("figures").get("cells").asInt() > 1, cube.toString());
        assertEquals(cube.get("library").get("figures").get("cells").asInt(),
                cube.get("baseline").get("figures").get("cells").asInt());
        assertTrue(printed.contains("| h2 | import | library |"), printed);
        assertTrue(printed.contains("| h2 | analytics | library |"), printed);
        assertTrue(printed.contains("| h2 | cube | baseline |"), printed);
    }

    @Test
    void aDifferenceBetweenTheSidesFailsThePhase() {
        ImportPhase phase = new ImportPhase();
        ImportPhase.Load library = new ImportPhase.Load(10, 1_000_000, List.of(1_000_000L), java.util.Map.of(),
                List.of(java.util.Map.of("policy.rows", "3")));
        ImportPhase.Load baseline = new ImportPhase.Load(10, 1_000_000, List.of(1_000_000L), java.util.Map.of(),
                List.of(java.util.Map.of("policy.rows", "4")));
        assertEquals(List.of("policy.rows: library 3, baseline 4"), phase.compare(library, baseline, List.of()));
        assertTrue(phase.compare(library, library, List.of()).isEmpty());
        // a second round that loaded something else fails too, on either side
        ImportPhase.Load twice = (ImportPhase.Load) library.plus(baseline);
        assertEquals(20, twice.rows());
        assertEquals(List.of(1_000_000L, 1_000_000L), twice.nanosPerRound());
        assertEquals(List.of("policy.rows: library 3, library round 1 4", "policy.rows: library 3, baseline round 1 4"),
                phase.compare(twice, twice, List.of()));
    }

    @Test
    void aDifferenceInTheStoredSegmentsFailsTheAnalyticsPhase() {
        AnalyticsPhase phase = new AnalyticsPhase();
        AnalyticsPhase.Run library = new AnalyticsPhase.Run(List.of(10.0), 3, 1,
                List.of(java.util.Map.of("segments.A.LOYAL.TRANSACTIONAL.false.false.false", "3 150 120 60000 900 1 2")));
        AnalyticsPhase.Run baseline = new AnalyticsPhase.Run(List.of(8.0), 3, 1,
                List.of(java.util.Map.of("segments.A.LOYAL.TRANSACTIONAL.false.false.false", "3 150 121 60000 900 1 2")));
        assertEquals(List.of("segments.A.LOYAL.TRANSACTIONAL.false.false.false: library 3 150 120 60000 900 1 2,"
                + " baseline 3 150 121 60000 900 1 2"), phase.compare(library, baseline, List.of()));
        assertTrue(phase.compare(library, library, List.of()).isEmpty());
    }

    @Test
    void aDifferentCellFailsTheCubePhase() {
        CubePhase phase = new CubePhase();
        CubePhase.Cells library = new CubePhase.Cells(List.of(5.0), List.of(List.of("[EAST, MOTOR, null] 10.00 0.00 1 1 0 0")));
        CubePhase.Cells baseline = new CubePhase.Cells(List.of(4.0), List.of(List.of("[EAST, MOTOR, null] 10.00 0.00 1 2 0 0")));
        assertEquals(List.of("only in the library's cube: [EAST, MOTOR, null] 10.00 0.00 1 1 0 0",
                "only in the baseline's cube: [EAST, MOTOR, null] 10.00 0.00 1 2 0 0"),
                phase.compare(library, baseline, List.of()));
        assertTrue(phase.compare(library, library, List.of()).isEmpty());
    }
}
