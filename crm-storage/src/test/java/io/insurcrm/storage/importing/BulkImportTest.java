package io.insurcrm.storage.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Idempotent import of real files into H2 and PostgreSQL, with a bad-row report. */
class BulkImportTest {
    private static final Actor ACTOR = Actor.system("import-test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);

    static final String BRANCHES = """
            code,name,level,parent_code,region
            HO,总公司,HEAD_OFFICE,,全国
            GD,广东分公司,PROVINCE,HO,广东
            GD-SZ,深圳中心支公司,CITY,GD,广东
            """;
    // line 4 is bad twice over (check digit and mobile); line 5 uses the legacy 15-digit ID form
    static final String CUSTOMERS = """
            kind,name,national_id,organisation_code,mobile,email,branch_code,home_city,home_line,household_code,household_relationship
            INDIVIDUAL,王芳,11010519491231002X,,13812345678,wang@example.com,GD-SZ,深圳,"福田区 1号, 2栋",H-1,HEAD
            INDIVIDUAL,李强,440300198001010011,,13900001111,,GD-SZ,深圳,,H-1,SPOUSE
            INDIVIDUAL,坏行,110105194912310021,,123,,GD-SZ,,,,
            INDIVIDUAL,张伟,440300800101003,,13700002222,,GD,,,,
            CORPORATE,深圳某某科技有限公司,,91350100M000100Y43,,,GD-SZ,,,,
            """;
    static final String POLICIES = """
            policy_number,customer_national_id,customer_organisation_code,product_line,sales_channel,branch_code,licence_plate,start_date,end_date,premium,sum_insured,status
            PA-1,11010519491231002x,,AUTO,CAR_DEALER,GD-SZ,粤B12345,2026-01-01,2026-12-31,5000.00,300000,IN_FORCE
            LF-1,310101198505051235,,LIFE,AGENT,GD-SZ,,2020-01-01,2040-12-31,12000,500000,IN_FORCE
            GR-1,,91350100M000100Y43,HEALTH,GROUP,GD-SZ,,2026-01-01,2026-12-31,88000.50,,IN_FORCE
            """;
    static final String CLAIMS = """
            claim_number,policy_number,loss_date,reported_date,settled_date,claimed_amount,paid_amount,status,litigation
            CL-1,PA-1,2026-03-01,2026-03-02,2026-03-20,3000,2500,PAID,false
            CL-2,PA-1,2026-05-03,2026-05-01,,1000,,REPORTED,false
            """;
    static final String INTERACTIONS = """
            source_ref,customer_national_id,customer_organisation_code,channel,type,occurred_at,staff_id,summary
            CC-1,11010519491231002X,,CALL_CENTRE,CARE_CALL,2026-06-01T09:00:00,agent-7,"asked about renewal"
            CC-2,,91350100M000100Y43,VISIT,CARE_VISIT,2026-06-02T10:00:00Z,agent-8,annual review
            """;

    @StoreTest
    void importsGoodRowsReportsBadOnesAndASecondRunChangesNothing(StoreKind kind) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "import-");
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            ImportReport branches = run(crm, ImportKind.BRANCHES, write(dir, "branches.csv", BRANCHES));
            assertEquals(3, branches.inserted());

            ImportReport customers = run(crm, ImportKind.CUSTOMERS, write(dir, "customers.csv", CUSTOMERS));
            assertEquals(5, customers.rowsRead());
            assertEquals(4, customers.inserted());
            assertEquals(1, customers.rejectedCount());
            List<String> errors = customers.rejected().stream().map(e -> e.line() + ":" + e.field() + ":" + e.rule())
                    .sorted().toList();
            assertEquals(List.of("4:mobile:format", "4:national_id:checksum"), errors);
            for (RowError e : customers.rejected()) {
                assertFalse(e.message().contains("110105194912310021"), "the report must not echo the ID number");
            }

            ImportReport policies = run(crm, ImportKind.POLICIES, write(dir, "policies.csv", POLICIES));
            assertEquals(2, policies.inserted());
            assertEquals(List.of("3:customer_national_id:exists"), policies.rejected().stream()
                    .map(e -> e.line() + ":" + e.field() + ":" + e.rule()).toList());

            ImportReport claims = run(crm, ImportKind.CLAIMS, write(dir, "claims.csv", CLAIMS));
            assertEquals(1, claims.inserted());
            assertEquals(List.of("3:reported_date:date-order"), claims.rejected().stream()
                    .map(e -> e.line() + ":" + e.field() + ":" + e.rule()).toList());

            ImportReport interactions = run(crm, ImportKind.INTERACTIONS, write(dir, "interactions.csv",
                    INTERACTIONS));
            assertEquals(2, interactions.inserted());

            // everything that landed is whole and linked
            Customer360 wang = crm.views().find(ACTOR, "粤B12345").orElseThrow();
            assertEquals("王芳", wang.customer().name());
            assertEquals("福田区 1号, 2栋", wang.customer().homeAddress().line());
            assertEquals(List.of("HEAD:王芳", "SPOUSE:李强"), wang.household().orElseThrow().members().stream()
                    .map(m -> m.relationship() + ":" + m.name()).sorted().toList());
            assertEquals(Money.cny("2500.00"), wang.totals().claimsPaid());
            assertEquals("asked about renewal", wang.interactions().get(0).summary());
            assertEquals(Instant.parse("2026-06-01T01:00:00Z"), wang.interactions().get(0).occurredAt(),
                    "a local date-time is read in Asia/Shanghai");
            assertTrue(crm.views().find(ACTOR, "440300198001010038").isPresent(),
                    "the 15-digit ID was stored in its 18-digit form");
            assertTrue(crm.views().find(ACTOR, "110105194912310021").isEmpty());
            assertEquals(Money.cny("88000.50"), crm.views().find(ACTOR, "GR-1").orElseThrow().totals()
                    .premiumInForce());

            // the second run of every file changes nothing and says so
            for (ImportKind k : ImportKind.values()) {
                ImportReport again = run(crm, k, dir.resolve(k.name().toLowerCase() + ".csv"));
                assertTrue(again.changedNothing(), k + " changed something on the second run: " + again);
                assertEquals(0, again.inserted() + again.updated());
                assertEquals(again.rowsRead() - again.rejectedCount(), again.unchanged(), k.name());
            }

            // a changed row is an update, and only that row
            String changed = CUSTOMERS.replace("13900001111", "13900009999");
            ImportReport third = run(crm, ImportKind.CUSTOMERS, write(dir, "customers.csv", changed));
            assertEquals(1, third.updated());
            assertEquals(3, third.unchanged());
            assertEquals(2L, crm.views().find(ACTOR, "13900009999").orElseThrow().customer().version());
        }
    }

    @StoreTest
    void jsonLinesGiveTheSameResultAsCsv(StoreKind kind) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "import-json-");
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            run(crm, ImportKind.BRANCHES, write(dir, "branches.csv", BRANCHES));
            Path jsonl = write(dir, "customers.jsonl", """
                    {"kind":"INDIVIDUAL","name":"王芳","national_id":"11010519491231002X","mobile":"13812345678","branch_code":"GD-SZ","occupation_class":2}
                    {"kind":"individual","name":"李强","national_id":"440300198001010011","mobile":null,"branch_code":"GD-SZ"}
                    {"kind":"INDIVIDUAL","name":"","national_id":"440300198001010038","branch_code":"NOPE"}
                    """);
            ImportReport first = run(crm, ImportKind.CUSTOMERS, jsonl);
            assertEquals(2, first.inserted());
            assertEquals(List.of("3:branch_code", "3:name"), first.rejected().stream()
                    .map(e -> e.line() + ":" + e.field()).sorted().toList());
            assertEquals(Integer.valueOf(2), crm.views().find(ACTOR, "13812345678").orElseThrow().customer()
                    .occupationClass());
            ImportReport second = run(crm, ImportKind.CUSTOMERS, jsonl);
            assertTrue(second.changedNothing());
            assertEquals(2, second.unchanged());
        }
    }

    private static ImportReport run(InsurCrm crm, ImportKind kind, Path file) {
        return crm.imports().importFile(ACTOR, kind, file, ImportOptions.DEFAULTS.withBatchSize(2));
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
