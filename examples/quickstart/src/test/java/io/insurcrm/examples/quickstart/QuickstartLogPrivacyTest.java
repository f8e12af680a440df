package io.insurcrm.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.insurcrm.core.store.StoreProvider;
import io.insurcrm.testing.Csv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * A full demo run (generate, import twice, 360° views) at 300 customers with every io.insurcrm
 * logger at DEBUG, captured in memory: no name, ID number or mobile of the generated book appears in
 * any log message or logged exception; the printed views show identifiers masked only.
 */
class QuickstartLogPrivacyTest {

    @Test
    void noPersonalDataInTheLogsOfAFullDemoRun() {
        assumeTrue(ServiceLoader.load(StoreProvider.class).findFirst().isPresent(), "needs crm-storage");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger insurcrm = context.getLogger("io.insurcrm");
        Level before = insurcrm.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        insurcrm.addAppender(captured);
        insurcrm.setLevel(Level.DEBUG);
        Path dir = Path.of("target", "quickstart-log-privacy");
        StringWriter out = new StringWriter();
        int exit;
        try {
            CommandLine cmd = new CommandLine(new Quickstart());
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(new StringWriter()));
            exit = cmd.execute("--customers", "300", "--seed", "11", "--as-of", "2026-01-31", "--data-dir",
                    dir.toString());
        } finally {
            insurcrm.detachAppender(captured);
            insurcrm.setLevel(before);
        }
        assertEquals(0, exit, out.toString());

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent e : captured.list) {
            StringBuilder s = new StringBuilder(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                s.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            logged.add(s.toString());
        }
        assertTrue(logged.stream().anyMatch(m -> m.contains("import of CUSTOMERS")), "the capture works");
        assertTrue(captured.list.stream().anyMatch(e -> e.getLevel() == Level.DEBUG), "DEBUG was on");

        List<String> personal = new ArrayList<>();
        for (Map<String, String> row : Csv.readRecords(dir.resolve("import").resolve("customers.csv"))) {
            for (String column : List.of("name", "national_id", "mobile", "email", "home_phone", "work_phone")) {
                String v = row.get(column);
                if (v != null && v.strip().length() >= 2 && !"CORPORATE".equalsIgnoreCase(row.get("kind"))) {
                    personal.add(v.strip());
                }
            }
        }
        assertTrue(personal.size() > 600, "names, ID numbers and mobiles of the book: " + personal.size());
        String text = out.toString();
        for (String value : personal) {
            for (String m : logged) {
                assertFalse(m.contains(value), "personal data in a log message: " + m);
            }
            if (value.length() >= 11) { // ID numbers and mobiles: never in clear in what the demo prints
                assertFalse(text.contains(value), "an identifier in clear in the printed views");
            }
        }
    }
}
