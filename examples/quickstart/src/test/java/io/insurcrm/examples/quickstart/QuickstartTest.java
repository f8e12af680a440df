package io.insurcrm.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.insurcrm.core.store.StoreProvider;
import io.insurcrm.testing.BookManifest;
import io.insurcrm.testing.BookSink;
import io.insurcrm.testing.SyntheticBook;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs the quickstart in-process on a small book and reads what it printed. */
class QuickstartTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

    @Test
    void importsTwiceIdempotentlyAndShowsMaskedViews() throws Exception {
        assumeTrue(ServiceLoader.load(StoreProvider.class).findFirst().isPresent(),
                "needs a store implementation (crm-storage) on the class path");
        Path dir = Path.of("target", "quickstart-test");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Quickstart());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));

        int exit = cmd.execute("--customers", "300", "--seed", "7", "--as-of", AS_OF.toString(),
                "--data-dir", dir.toString());
        String text = out.toString();

        assertEquals(0, exit, text + err);
        assertTrue(Files.isRegularFile(dir.resolve("import").resolve("customers.csv")));
        BookManifest book = SyntheticBook.builder().seed(7).customers(300).asOf(AS_OF).build()
                .generate(new BookSink() { });
        for (String kind : new String[] {"BRANCHES", "CUSTOMERS", "POLICIES", "CLAIMS", "INTERACTIONS"}) {
            assertTrue(text.contains(kind + ": "), "a report line for " + kind);
        }
        assertTrue(text.contains("CUSTOMERS: 300 rows read, 300 inserted, 0 updated, 0 unchanged, 0 rejected"), text);

        String second = text.substring(text.indexOf("Importing customers.csv again"));
        assertTrue(second.contains("CUSTOMERS: 300 rows read, 0 inserted, 0 updated, 300 unchanged, 0 rejected"),
                second);
        assertTrue(second.contains("changed nothing"));

        Matcher plate = Pattern.compile("360° view: customer found by licence plate (\\S+)").matcher(text);
        assertTrue(plate.find(), text);
        assertTrue(book.licencePlates().contains(plate.group(1)));
        assertTrue(Pattern.compile("360° view: customer found by "
                + "(legacy 15-digit ID number |ID number with lower-case x )\\d{6}\\*+\\w{4}").matcher(text).find(), text);
        for (String section : new String[] {"| Profile", "Policies (", "| Policy number", "Latest interactions",
                "| Totals", "Premium in force", "Loss ratio"}) {
            assertTrue(text.contains(section), section);
        }
        assertTrue(text.contains(Quickstart.UNKNOWN_IDENTIFIER + ": not found"));

        // the operations section: a complaint walked to ARCHIVED, a manager's day, next month's renewals
        String ops = text.substring(text.indexOf("== Operations:"));
        for (String state : new String[] {"RECEIVED", "CONFIRMED", "REGISTERED", "TRANSFERRED", "COORDINATED",
                "HANDLED", "FEEDBACK_GIVEN", "ARCHIVED"}) {
            assertTrue(ops.contains("| " + state + " "), state);
        }
        assertTrue(ops.contains("== Account manager AM-001: my day 2026-01-31"), ops);
        assertTrue(ops.contains("Tasks due (2)"), ops);
        assertTrue(ops.contains("== Renewals due in 2026-02: "), ops);
        String analytics = text.substring(text.indexOf("== Analytics as of " + AS_OF));
        assertTrue(analytics.contains("300 customers classified"), analytics);
        for (String section : new String[] {"Customer pyramid", "| 1%", "| 5%", "| 20%", "Tier counts", "| Tier A",
                "| Tier B", "| Tier C", "Top alerts", "Cube: policies started", "| Total"}) {
            assertTrue(analytics.contains(section), section + " in " + analytics);
        }

        Matcher maskedId = Pattern.compile("\\| National ID +\\| (\\S+)").matcher(text);
        assertTrue(maskedId.find(), "an ID row");
        assertTrue(maskedId.group(1).matches("\\d{6}\\*{8}[0-9X]{4}"), maskedId.group(1));
        Matcher mobile = Pattern.compile("\\| Mobile +\\| (\\S+)").matcher(text);
        while (mobile.find()) {
            assertTrue(mobile.group(1).matches("1\\d{2}\\*{4}\\d{4}"), mobile.group(1));
        }
        // no identifier of the sample customers in clear
        book.nationalIds().forEach(id -> assertFalse(text.contains(id), "ID number in clear"));
        book.mobiles().forEach(m -> assertFalse(text.contains(m), "mobile in clear"));
    }

    @Test
    void textTableCountsChineseCharactersAsTwoCells() {
        String table = new TextTable("名称", "n").alignRight(1).row("广州市分公司", 7).row("HO", 12).render();
        String[] lines = table.split("\n");
        for (String line : lines) {
            assertEquals(TextTable.width(lines[0]), TextTable.width(line), table);
        }
        assertEquals("| 广州市分公司 |  7 |", lines[3]);
        assertEquals("广州…", TextTable.truncate("广州市分公司", 6));
        assertEquals("王**", ViewPrinter.maskName("王小明"));
    }
}
