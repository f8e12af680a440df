package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.DefaultAccessPolicy;
import io.insurcrm.core.access.PersonalField;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.access.Visibility;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.importing.ImportFormat;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.StringReader;
import java.util.List;

/**
 * An insurer replaces the policy (here: operators may import and see e-mail addresses in clear);
 * an import by a branch-scoped actor rejects the rows outside his branch subtree with rule
 * {@code scope} and writes the others; a role that may not import is refused before any row is read.
 */
class ReplacedPolicyAndImportScopeTest {
    static final Actor SYSTEM = Actor.system("setup");

    /** The insurer's own rules, on top of the defaults. */
    static final class InsurerPolicy extends DefaultAccessPolicy {
        @Override
        public boolean allows(Actor actor, Action action) {
            return super.allows(actor, action) || (action == Action.IMPORT && actor.role().equals(Role.SERVICE_OPERATOR));
        }

        @Override
        public Visibility visibility(Actor actor, PersonalField field, CustomerKind kind) {
            return field == PersonalField.EMAIL ? Visibility.CLEAR : super.visibility(actor, field, kind);
        }
    }

    @StoreTest
    void aBranchScopedImportRejectsRowsOutsideItsSubtree(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).accessPolicy(new InsurerPolicy()).build()) {
            crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            Branch gd = crm.branches().create(SYSTEM, "GD", "广东", BranchLevel.PROVINCE, "HO", "广东");
            crm.branches().create(SYSTEM, "GD-SZ", "深圳", BranchLevel.CITY, "GD", "广东");
            crm.branches().create(SYSTEM, "BJ", "北京", BranchLevel.PROVINCE, "HO", "北京");
            Actor operator = new Actor("op-gd", Role.SERVICE_OPERATOR, gd.id(), 0, "batch");
            String csv = "national_id,name,mobile,email,branch_code\n"
                    + People.nationalId(1) + "," + People.name(1) + "," + People.mobile(1) + ",a1@example.com,GD-SZ\n"
                    + People.nationalId(2) + "," + People.name(2) + "," + People.mobile(2) + ",a2@example.com,BJ\n"
                    + People.nationalId(3) + "," + People.name(3) + "," + People.mobile(3) + ",a3@example.com,GD\n";

            ImportReport report = crm.imports().importFrom(operator, ImportKind.CUSTOMERS, ImportFormat.CSV,
                    new StringReader(csv), ImportOptions.DEFAULTS);

            assertEquals(2, report.inserted());
            assertEquals(List.of(new RowError(3, "branch_code", "scope",
                    "is outside the branches the importing actor may write")), report.rejected());
            assertTrue(crm.views().find(SYSTEM, People.mobile(2)).isEmpty());
            // the replaced policy: e-mail in clear for this operator, the ID number still masked
            var card = crm.views().find(operator, People.mobile(1)).orElseThrow().customer();
            assertEquals("a1@example.com", card.email());
            assertEquals(People.nationalId(1).substring(0, 6) + "********" + People.nationalId(1).substring(14),
                    card.nationalId());
            List<AuditEntry> byOperator = crm.audit().byActor(SYSTEM, "op-gd");
            assertEquals(List.of("IMPORT", "READ"), byOperator.stream().map(AuditEntry::action).toList());
            assertEquals("batch", byOperator.get(0).channel());
            assertEquals(List.of("NAME", "EMAIL"), byOperator.get(1).fields());

            Actor collector = new Actor("hot-1", Role.HOTLINE_COLLECTOR, gd.id(), 9);
            assertThrows(AccessDeniedException.class, () -> crm.imports().importFrom(collector, ImportKind.CUSTOMERS,
                    ImportFormat.CSV, new StringReader(csv), ImportOptions.DEFAULTS));
        }
    }
}
