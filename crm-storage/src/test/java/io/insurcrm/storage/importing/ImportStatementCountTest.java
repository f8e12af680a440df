package io.insurcrm.storage.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.importing.ImportFormat;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.StatementLog;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The lookups a customers import runs per batch, counted at the JDBC boundary: the ID numbers and
 * organisation codes of a batch are resolved by one statement, and a branch code found once is
 * not asked for again in the same run (an unknown one is asked for in each batch that names it).
 * New branches of a batch are written by one insert statement, parents first.
 */
class ImportStatementCountTest {
    private static final Actor ACTOR = Actor.system("import-test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final String BRANCHES = """
            code,name,level,parent_code,region
            HO,总公司,HEAD_OFFICE,,全国
            GD,广东分公司,PROVINCE,HO,广东
            """;
    // three batches of two rows; the first mixes an individual and a corporate, the last names an unknown branch
    private static final String CUSTOMERS = String.join("\n",
            "name,national_id,organisation_code,branch_code",
            "王芳," + Fixtures.anyNationalId(1).value() + ",,GD",
            "深圳某某科技有限公司,,91350100M000100Y43,GD",
            "李强," + Fixtures.anyNationalId(2).value() + ",,GD",
            "张伟," + Fixtures.anyNationalId(3).value() + ",,HO",
            "赵敏," + Fixtures.anyNationalId(4).value() + ",,GD",
            "钱坤," + Fixtures.anyNationalId(5).value() + ",,XX") + "\n";

    @StoreTest
    void oneKeyLookupPerBatchAndBranchCodesAskedOncePerRun(StoreKind kind) {
        StatementLog statements = new StatementLog();
        try (InsurCrm crm = InsurCrm.builder().dataSource(statements.wrap(TestStores.freshDataSource(kind)), null)
                .clock(CLOCK).build()) {
            assertEquals(2, run(crm, ImportKind.BRANCHES, BRANCHES).inserted());
            // the head office and its child, new in one batch: one insert statement, the parent first
            assertEquals(1, statements.count("insert into branch "), statements.toString());
            Branch ho = crm.branches().findByCode(ACTOR, "HO").orElseThrow();
            assertNull(ho.parentId());
            assertEquals(ho.id(), crm.branches().findByCode(ACTOR, "GD").orElseThrow().parentId());

            statements.clear();
            ImportReport first = run(crm, ImportKind.CUSTOMERS, CUSTOMERS);
            assertEquals(5, first.inserted());
            assertEquals(List.of("7:branch_code:exists"), first.rejected().stream()
                    .map(e -> e.line() + ":" + e.field() + ":" + e.rule()).toList());
            // one customer key lookup per batch; the first batch's two sorts of key in one UNION ALL
            // (PostgreSQL: one index probe per key of an unnested array, H2: key = ANY(array))
            String probe = kind == StoreKind.POSTGRES ? " = t.k" : " = any(";
            assertEquals(3, statements.count("from customer", "national_id" + probe), statements.toString());
            assertEquals(1, statements.count("from customer", "union all"));
            assertEquals(1, statements.count("from customer", "organisation_code" + probe),
                    "no separate organisation-code lookup");
            // {GD} in batch 1, {HO} in batch 2 (GD known), {XX} in batch 3 (GD known, XX unknown)
            assertEquals(3, statements.count("from branch", "code = any("));

            statements.clear();
            ImportReport second = run(crm, ImportKind.CUSTOMERS, CUSTOMERS);
            assertTrue(second.changedNothing());
            assertEquals(5, second.unchanged());
            assertEquals(0, statements.count("insert into customer "));
            assertEquals(0, statements.count("update customer "));
            assertEquals(3, statements.count("from branch", "code = any("));
        }
    }

    private static ImportReport run(InsurCrm crm, ImportKind kind, String csv) {
        return crm.imports().importFrom(ACTOR, kind, ImportFormat.CSV,
                new StringReader(csv), ImportOptions.DEFAULTS.withBatchSize(2));
    }
}
