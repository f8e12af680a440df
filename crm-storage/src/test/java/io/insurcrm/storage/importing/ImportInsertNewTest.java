package io.insurcrm.storage.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.importing.ImportFormat;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.StatementLog;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The policies and interactions imports insert the new rows of a batch and learn which keys were
 * already stored in the same step ({@code PolicyRepository.insertNew},
 * {@code InteractionRepository.insertNew}), one statement per batch and no separate probe of the
 * keys: on PostgreSQL {@code INSERT … ON CONFLICT DO NOTHING RETURNING}, on H2 {@code SELECT … FROM
 * FINAL TABLE (INSERT … SELECT … WHERE NOT EXISTS …)}. Interactions: a stored key is {@code unchanged}
 * (whatever its row holds, and without its cells' problems only if they parse), a row naming an
 * unknown customer is rejected only if its key is new, and a re-run writes nothing. Policies: a
 * row is first tried as a new policy; a stored number, or a row that is not valid as a new policy
 * (e.g. a partial row that keeps the stored holder and branch), is then applied against the stored
 * row, read in full in one statement, and counted unchanged, updated or rejected as before.
 */
class ImportInsertNewTest {
    private static final Actor ACTOR = Actor.system("import-test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final String NID1 = Fixtures.anyNationalId(1).value();
    private static final String NID2 = Fixtures.anyNationalId(2).value();
    private static final String UNKNOWN = Fixtures.anyNationalId(9).value();
    private static final String HEADER = "source_ref,customer_national_id,channel,type,occurred_at,staff_id,summary";
    // batch 1 (three rows): all valid; batch 2: an unknown customer, a bad channel, a valid row
    private static final String FIRST = String.join("\n", HEADER,
            "I-1," + NID1 + ",WEB,INQUIRY,2026-06-01T09:00:00Z,S1,询价",
            "I-2," + NID2 + ",CALL_CENTRE,CARE_CALL,2026-06-02T10:30:00Z,,",
            "I-5," + NID2 + ",SMS,EVENT,2026-06-03T08:00:00Z,S2,",
            "I-3," + UNKNOWN + ",WEB,INQUIRY,2026-06-04T08:00:00Z,,",
            "I-4," + NID1 + ",PIGEON,INQUIRY,2026-06-05T08:00:00Z,,",
            "I-6," + NID1 + ",VISIT,SALES,2026-06-06T08:00:00Z,S3,拜访") + "\n";
    // stored I-1 with a bad channel (its cells' problem only), stored I-2 naming an unknown customer
    // (unchanged), new I-7, and I-3 again, now with a known customer
    private static final String SECOND = String.join("\n", HEADER,
            "I-1," + NID1 + ",PIGEON,INQUIRY,2026-06-01T09:00:00Z,S1,询价",
            "I-2," + UNKNOWN + ",WEB,INQUIRY,2026-06-02T10:30:00Z,,",
            "I-7," + NID2 + ",EMAIL,INQUIRY,2026-06-07T08:00:00Z,,",
            "I-3," + NID1 + ",WEB,INQUIRY,2026-06-04T08:00:00Z,,") + "\n";

    @StoreTest
    void newRowsAreInsertedStoredOnesUnchangedAndOnlyNewBadRowsRejected(StoreKind kind) throws SQLException {
        DataSource dataSource = TestStores.freshDataSource(kind);
        StatementLog statements = new StatementLog();
        try (InsurCrm crm = InsurCrm.builder().dataSource(statements.wrap(dataSource), null).clock(CLOCK).build()) {
            run(crm, ImportKind.BRANCHES, "code,name,level,parent_code,region\nHO,总公司,HEAD_OFFICE,,全国\n");
            assertEquals(2, run(crm, ImportKind.CUSTOMERS, "name,national_id,branch_code\n王芳," + NID1 + ",HO\n李强,"
                    + NID2 + ",HO\n").inserted());

            statements.clear();
            ImportReport first = run(crm, ImportKind.INTERACTIONS, FIRST);
            assertEquals(List.of(4L, 0L, 0L, 2L), counts(first));
            assertEquals(List.of("5:customer_national_id:exists", "6:channel:enum"), errors(first));
            // one customer lookup per batch; the source references are probed only where the insert
            // cannot tell (only for the rejected rows of batch 2)
            boolean postgres = kind == StoreKind.POSTGRES;
            assertEquals(2, statements.count("from customer", postgres ? "national_id = t.k" : "national_id = any("),
                    statements.toString());
            assertEquals(2, statements.count("insert into interaction "));
            assertEquals(2, statements.count("insert into interaction ", postgres ? "on conflict" : "where not exists"));
            assertEquals(1, statements.count("from interaction", "source_ref = any("),
                    statements.toString());
            assertEquals(List.of(
                    "I-1|" + NID1 + "|WEB|2026-06-01T09:00:00Z|S1|询价",
                    "I-2|" + NID2 + "|CALL_CENTRE|2026-06-02T10:30:00Z|null|null",
                    "I-5|" + NID2 + "|SMS|2026-06-03T08:00:00Z|S2|null",
                    "I-6|" + NID1 + "|VISIT|2026-06-06T08:00:00Z|S3|拜访"), stored(dataSource));

            ImportReport again = run(crm, ImportKind.INTERACTIONS, FIRST);
            assertTrue(again.changedNothing());
            assertEquals(List.of(0L, 0L, 4L, 2L), counts(again));
            assertEquals(errors(first), errors(again));

            ImportReport second = run(crm, ImportKind.INTERACTIONS, SECOND);
            assertEquals(List.of(2L, 0L, 1L, 1L), counts(second));
            assertEquals(List.of("2:channel:enum"), errors(second));
            List<String> after = stored(dataSource);
            assertEquals(6, after.size());
            assertEquals("I-2|" + NID2 + "|CALL_CENTRE|2026-06-02T10:30:00Z|null|null", after.get(1));
            assertEquals("I-3|" + NID1 + "|WEB|2026-06-04T08:00:00Z|null|null", after.get(2));
            assertEquals("I-7|" + NID2 + "|EMAIL|2026-06-07T08:00:00Z|null|null", after.get(5));
        }
    }

    private static final String POLICY_HEADER = "policy_number,customer_national_id,product_line,sales_channel,"
            + "branch_code,start_date,end_date,premium,sum_insured";
    // batch 1: three new policies; batch 2: one
    private static final String POLICIES = String.join("\n", POLICY_HEADER,
            "P-1," + NID1 + ",AUTO,AGENT,HO,2026-01-01,2026-12-31,5000.00,300000",
            "P-2," + NID2 + ",LIFE,AGENT,HO,2020-01-01,2040-12-31,12000,500000",
            "P-3," + NID1 + ",HEALTH,BROKER,HO,2026-01-01,2026-12-31,800,",
            "P-5," + NID2 + ",AUTO,AGENT,HO,2026-02-01,2027-01-31,4200.50,") + "\n";
    // P-1 as stored; P-2 partial (holder and branch kept) with a new premium; P-6 an unknown
    // customer; P-7 new; P-8 new but partial (no holder, no branch)
    private static final String POLICY_CHANGES = String.join("\n", POLICY_HEADER,
            "P-1," + NID1 + ",AUTO,AGENT,HO,2026-01-01,2026-12-31,5000.00,300000",
            "P-2,,LIFE,AGENT,,2020-01-01,2040-12-31,13000,500000",
            "P-6," + UNKNOWN + ",AUTO,AGENT,HO,2026-01-01,2026-12-31,100,",
            "P-7," + NID2 + ",PROPERTY,BROKER,HO,2026-03-01,2027-02-28,900,100000",
            "P-8,,AUTO,AGENT,,2026-01-01,2026-12-31,100,") + "\n";

    @StoreTest
    void policiesAreTriedAsNewThenAppliedAgainstTheStoredRow(StoreKind kind) throws SQLException {
        DataSource dataSource = TestStores.freshDataSource(kind);
        StatementLog statements = new StatementLog();
        try (InsurCrm crm = InsurCrm.builder().dataSource(statements.wrap(dataSource), null).clock(CLOCK).build()) {
            run(crm, ImportKind.BRANCHES, "code,name,level,parent_code,region\nHO,总公司,HEAD_OFFICE,,全国\n");
            run(crm, ImportKind.CUSTOMERS, "name,national_id,branch_code\n王芳," + NID1 + ",HO\n李强," + NID2 + ",HO\n");

            statements.clear();
            ImportReport first = run(crm, ImportKind.POLICIES, POLICIES);
            assertEquals(List.of(4L, 0L, 0L, 0L), counts(first));
            boolean postgres = kind == StoreKind.POSTGRES;
            assertEquals(2, statements.count("insert into policy "));
            assertEquals(2, statements.count("insert into policy ", postgres ? "on conflict" : "where not exists"));
            // no read of the policy table on a first import but the inserts' own (H2: their NOT EXISTS)
            assertEquals(postgres ? 0 : 2, statements.count("from policy"), statements.toString());
            assertEquals(0, statements.count("from policy", "policy_number = any("), statements.toString());

            statements.clear();
            ImportReport second = run(crm, ImportKind.POLICIES, POLICY_CHANGES);
            assertEquals(List.of(1L, 1L, 1L, 2L), counts(second));
            assertEquals(List.of("4:customer_national_id:exists", "6:customer_national_id:required",
                    "6:branch_code:required"), errors(second));
            assertEquals(1, statements.count("update policy "));
            assertEquals(List.of(
                    "P-1|" + NID1 + "|5000.00|1",
                    "P-2|" + NID2 + "|13000.00|2",
                    "P-3|" + NID1 + "|800.00|1",
                    "P-5|" + NID2 + "|4200.50|1",
                    "P-7|" + NID2 + "|900.00|1"), policies(dataSource));

            statements.clear();
            ImportReport again = run(crm, ImportKind.POLICIES, POLICY_CHANGES);
            assertTrue(again.changedNothing());
            assertEquals(List.of(0L, 0L, 3L, 2L), counts(again));
            assertEquals(errors(second), errors(again));
            assertEquals(0, statements.count("update policy "));
        }
    }

    /** policy_number | holder's ID number | premium | version, by number. */
    private static List<String> policies(DataSource dataSource) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.policy_number, c.national_id, p.premium, p.version"
                        + " FROM policy p JOIN customer c ON c.id = p.holder_id ORDER BY p.policy_number")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3) + "|" + rs.getLong(4));
            }
        }
        return rows;
    }

    private static List<Long> counts(ImportReport r) {
        return List.of(r.inserted(), r.updated(), r.unchanged(), r.rejectedCount());
    }

    private static List<String> errors(ImportReport r) {
        return r.rejected().stream().map(e -> e.line() + ":" + e.field() + ":" + e.rule()).toList();
    }

    /** source_ref | customer's ID number | channel | occurred_at (UTC) | staff | summary, by source_ref. */
    private static List<String> stored(DataSource dataSource) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT i.source_ref, c.national_id, i.channel, i.occurred_at,"
                        + " i.staff_id, i.summary FROM interaction i JOIN customer c ON c.id = i.customer_id"
                        + " ORDER BY i.source_ref")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getObject(4, OffsetDateTime.class).toInstant() + "|" + rs.getString(5) + "|"
                        + rs.getString(6));
            }
        }
        return rows;
    }

    private static ImportReport run(InsurCrm crm, ImportKind kind, String csv) {
        return crm.imports().importFrom(ACTOR, kind, ImportFormat.CSV, new StringReader(csv),
                ImportOptions.DEFAULTS.withBatchSize(3));
    }
}
