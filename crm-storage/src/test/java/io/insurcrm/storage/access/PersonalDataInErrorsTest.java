package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Bad input carrying personal data gets typed errors that name fields and rules, never the values:
 * every exception message (and its causes) and every import row error is searched for the names, ID
 * numbers and mobiles of the fixture.
 */
class PersonalDataInErrorsTest {
    static final Actor SYSTEM = Actor.system("setup");

    @StoreTest
    void noExceptionMessageOrRowErrorCarriesPersonalData(StoreKind kind) {
        List<String> messages = new ArrayList<>();
        try (InsurCrm crm = TestStores.open(kind)) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            Branch gd = crm.branches().create(SYSTEM, "GD", "广东", BranchLevel.PROVINCE, "HO", "广东");
            Customer one = crm.customers().create(SYSTEM, People.profile(1), ho.id());
            Actor operator = new Actor("op-1", Role.SERVICE_OPERATOR, gd.id(), 0);

            catching(messages, () -> crm.customers().create(SYSTEM, People.profile(1), ho.id())); // duplicate ID number
            catching(messages, () -> crm.customers().create(SYSTEM, CustomerProfile.individual(People.name(2))
                    .nationalId(People.nationalId(2)).mobile(People.mobile(1)).build(), ho.id())); // duplicate mobile
            catching(messages, () -> CustomerProfile.individual(People.name(3))
                    .nationalId(People.nationalId(3).substring(0, 17) + "0").build()); // checksum
            catching(messages, () -> CustomerProfile.individual(People.name(3)).mobile("2" + People.mobile(3)).build());
            catching(messages, () -> CustomerProfile.individual(People.name(3)).email(People.name(3) + "@").build());
            catching(messages, () -> crm.customers().update(operator, one.id(), 1, one.profile())); // out of scope
            catching(messages, () -> crm.customers().update(SYSTEM, one.id(), 7, one.profile())); // stale version
            catching(messages, () -> crm.customers().create(operator, People.profile(4), ho.id())); // branch not his
            crm.blacklist().add(SYSTEM, new NewBlacklistEntry(PersonKey.of(People.profile(5)), "FRAUD", "staged losses",
                    null, null, null));
            catching(messages, () -> crm.customers().create(SYSTEM, People.profile(5), ho.id())); // blacklisted
            catching(messages, () -> crm.dataSubjects().export(operator, one.id()));
            assertEquals(10, messages.size(), messages.toString());

            String csv = "national_id,name,mobile,branch_code\n"
                    + People.nationalId(6).substring(0, 17) + "0," + People.name(6) + "," + People.mobile(6) + ",HO\n"
                    + People.nationalId(7) + "," + People.name(7) + ",2" + People.mobile(7) + ",HO\n"
                    + People.nationalId(8) + "," + People.name(8) + "," + People.mobile(8) + ",NOWHERE\n";
            ImportReport report = crm.imports().importFrom(SYSTEM, ImportKind.CUSTOMERS, ImportFormat.CSV,
                    new StringReader(csv), ImportOptions.DEFAULTS);
            assertEquals(3, report.rejectedCount());
            for (RowError e : report.rejected()) {
                messages.add(e.toString());
            }
        }
        for (String m : messages) {
            for (int n = 1; n <= 8; n++) {
                for (String value : List.of(People.name(n), People.nationalId(n), People.mobile(n),
                        People.nationalId(n).substring(0, 17))) {
                    assertFalse(m.contains(value), "personal data of fixture person " + n + " in: " + m);
                }
            }
        }
    }

    static void catching(List<String> messages, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
            }
            messages.add(all.toString());
            return;
        }
        assertTrue(false, "expected a failure");
    }
}
