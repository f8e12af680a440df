package io.insurcrm.storage.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The few pieces of analytic SQL that differ between H2 and PostgreSQL, and literals for the dates
 * of a run. Dates and instants are rendered as typed literals (never personal data, and one statement
 * per run), which keeps the long statements free of positional parameters repeated a dozen times.
 */
final class AnalyticsSql {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AnalyticsSql() {
    }

    static String date(LocalDate d) {
        return "DATE '" + d + "'";
    }

    /** A TIMESTAMP WITH TIME ZONE literal in UTC, e.g. {@code TIMESTAMP WITH TIME ZONE '2026-01-30 16:00:00+00:00'}. */
    static String instant(Instant i) {
        return "TIMESTAMP WITH TIME ZONE '" + TS.format(i.atOffset(ZoneOffset.UTC)) + "+00:00'";
    }

    /** Whole days from {@code a} to {@code b} (both DATE expressions). */
    static String days(DSLContext dsl, String a, String b) {
        return postgres(dsl) ? "(" + b + " - " + a + ")" : "DATEDIFF(DAY, " + a + ", " + b + ")";
    }

    /** Seconds from {@code a} to {@code b} (both TIMESTAMP WITH TIME ZONE expressions). */
    static String seconds(DSLContext dsl, String a, String b) {
        return postgres(dsl) ? "EXTRACT(EPOCH FROM (" + b + " - " + a + "))" : "DATEDIFF(SECOND, " + a + ", " + b + ")";
    }

    static boolean postgres(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }
}
