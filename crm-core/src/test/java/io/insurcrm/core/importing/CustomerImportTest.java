package io.insurcrm.core.importing;

import static io.insurcrm.core.importing.Fixtures.NID_A;
import static io.insurcrm.core.importing.Fixtures.NID_B;
import static io.insurcrm.core.importing.Fixtures.NID_C;
import static io.insurcrm.core.importing.Fixtures.NID_D;
import static io.insurcrm.core.importing.Fixtures.NOW;
import static io.insurcrm.core.importing.Fixtures.ORG_A;
import static io.insurcrm.core.importing.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.HouseholdMembership;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.identifier.EmailAddress;
import io.insurcrm.core.identifier.MobileNumber;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerImportTest {
    private static final String HEADER = "kind,name,national_id,organisation_code,mobile,email,marital_status,"
            + "home_city,home_line,branch_code,household_code,household_relationship";

    private final Fixtures f = new Fixtures().withBranches();

    private static String file() {
        return lines(HEADER,
                "individual,Zhang San," + NID_A + ",,13800138000,zs@Example.COM,married,Shenzhen,\"Room 1, Bldg 2\",GD,F1,head",
                ",Li Si," + NID_B + ",,13900139000,,,,,GD,F1,spouse",
                "CORPORATE,Acme Ltd,," + ORG_A + ",,,,Guangzhou,,GD,,");
    }

    @Test
    void insertsThenASecondRunChangesNothing() {
        ImportReport first = f.csv(ImportKind.CUSTOMERS, file());
        assertEquals(3, first.rowsRead());
        assertEquals(3, first.inserted());
        assertEquals(0, first.rejectedCount(), first.rejected().toString());
        assertEquals(3, f.store.customers.size());

        Customer zhang = f.store.customerByNationalId(NID_A).orElseThrow();
        assertEquals("Zhang San", zhang.profile().name());
        assertEquals(Gender.MALE, zhang.profile().gender());
        assertEquals(LocalDate.of(1980, 1, 1), zhang.profile().dateOfBirth());
        assertEquals(MaritalStatus.MARRIED, zhang.profile().maritalStatus());
        assertEquals(new MobileNumber("13800138000"), zhang.profile().mobile());
        assertEquals(new EmailAddress("zs@example.com"), zhang.profile().email());
        assertEquals("Room 1, Bldg 2", zhang.profile().homeAddress().line());
        assertEquals(f.store.branch("GD").orElseThrow().id(), zhang.branchId());
        assertEquals(1, zhang.version());
        assertEquals(NOW, zhang.createdAt());
        Customer acme = f.store.customers.values().stream()
                .filter(c -> c.profile().kind() == CustomerKind.CORPORATE).findFirst().orElseThrow();
        assertEquals(ORG_A, acme.profile().organisationCode().value());

        HouseholdMembership m = f.store.memberships.get(zhang.id());
        assertEquals(Relationship.HEAD, m.relationship());
        assertEquals(f.store.households.get("F1"), m.householdId());
        assertEquals(2, f.store.memberships.size());

        int writesBefore = f.store.writes();
        int householdsBefore = f.store.households.size();
        ImportReport second = f.csv(ImportKind.CUSTOMERS, file());
        assertEquals(0, second.inserted());
        assertEquals(0, second.updated());
        assertEquals(3, second.unchanged());
        assertTrue(second.changedNothing());
        assertEquals(writesBefore, f.store.writes(), "a re-run writes nothing");
        assertEquals(householdsBefore, f.store.households.size());
        assertEquals(1, f.store.customerByNationalId(NID_A).orElseThrow().version());
    }

    @Test
    void aChangedRowIsUpdatedWithTheNextVersionKeepingIdAndCreationTime() {
        f.csv(ImportKind.CUSTOMERS, file());
        Customer before = f.store.customerByNationalId(NID_B).orElseThrow();
        String changed = file().replace("Li Si", "Li Si-Wei");
        ImportReport report = f.csv(ImportKind.CUSTOMERS, changed);
        assertEquals(1, report.updated());
        assertEquals(2, report.unchanged());
        Customer after = f.store.customerByNationalId(NID_B).orElseThrow();
        assertEquals("Li Si-Wei", after.profile().name());
        assertEquals(2, after.version());
        assertEquals(before.id(), after.id());
        assertEquals(before.createdAt(), after.createdAt());
    }

    @Test
    void onlyAChangedHouseholdCountsAsUpdated() {
        f.csv(ImportKind.CUSTOMERS, file());
        ImportReport report = f.csv(ImportKind.CUSTOMERS, file().replace("F1,spouse", "F1,sibling"));
        assertEquals(1, report.updated());
        assertEquals(2, report.unchanged());
        Customer li = f.store.customerByNationalId(NID_B).orElseThrow();
        assertEquals(1, li.version(), "the customer record itself is untouched");
        assertEquals(Relationship.SIBLING, f.store.memberships.get(li.id()).relationship());
    }

    @Test
    void badRowsAreReportedWithLineColumnAndRuleAndTheOthersLand() {
        String bad = NID_C.substring(0, 17) + (NID_C.charAt(17) == '0' ? '1' : '0');
        String text = lines(HEADER,
                ",Good One," + NID_A + ",,,,,,,GD,,",
                ",Bad Id," + bad + ",,138001380001,not-an-email,widowered,,,XX,F2,",
                ",Good Two," + NID_C + ",,,,,,,GD,,");
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text);
        assertEquals(3, report.rowsRead());
        assertEquals(2, report.inserted());
        assertEquals(1, report.rejectedCount());
        assertEquals(List.of(
                new RowError(3, "national_id", "checksum", "check digit does not match (GB 11643)"),
                new RowError(3, "mobile", "format", "must be an 11-digit mainland mobile number starting 13-19"),
                new RowError(3, "email", "format", "must be an e-mail address like name@example.com"),
                new RowError(3, "marital_status", "enum", "must be one of SINGLE, MARRIED, DIVORCED, WIDOWED")),
                report.rejected().subList(0, 4));
        assertEquals(new RowError(3, "household_relationship", "required", "is required with household_code"),
                report.rejected().get(4));
        for (RowError e : report.rejected()) {
            assertFalse(e.message().contains(bad) || e.message().contains("13800138000"), e.toString());
        }
        assertEquals(2, f.store.customers.size());
    }

    @Test
    void referenceAndModelRulesAreReportedOnTheFileColumns() {
        String text = lines("name,national_id,date_of_birth,gender,occupation_class,work_line,branch_code",
                "Wrong Branch," + NID_A + ",,,,,NOPE",
                "Inconsistent," + NID_B + ",1985-02-03,male,7,Road 1,GD",
                "," + NID_C + ",,,,,");
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text);
        assertEquals(3, report.rejectedCount());
        assertEquals(List.of(
                new RowError(2, "branch_code", "exists", "names no known branch"),
                new RowError(3, "work_city", "required", "is required"),
                new RowError(3, "occupation_class", "range", "must be between 1 and 6"),
                new RowError(3, "date_of_birth", "id-consistency", "must equal the birth date inside the national ID number"),
                new RowError(3, "gender", "id-consistency", "must match the gender digit of the national ID number"),
                new RowError(4, "branch_code", "required", "is required for a new customer"),
                new RowError(4, "name", "required", "is required")), report.rejected());
        assertEquals(0, f.store.customers.size());
    }

    @Test
    void aRepeatedKeyInOneFileKeepsTheFirstRowEvenAcrossBatches() {
        String legacy15 = NID_A.substring(0, 6) + NID_A.substring(8, 17); // the same person, old 15-digit form
        String text = lines("name,national_id,branch_code",
                "First," + NID_A + ",GD",
                "Other," + NID_B + ",GD",
                "Second," + NID_A.toLowerCase() + ",GD",
                "Third," + legacy15 + ",GD");
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text, ImportOptions.DEFAULTS.withBatchSize(2));
        assertEquals(2, report.inserted());
        assertEquals(2, report.rejectedCount());
        assertEquals(List.of(
                new RowError(4, "national_id", "duplicate-key",
                        "repeats the key of an earlier row of this file; the first row wins"),
                new RowError(5, "national_id", "duplicate-key",
                        "repeats the key of an earlier row of this file; the first row wins")), report.rejected());
        assertEquals("First", f.store.customerByNationalId(NID_A).orElseThrow().profile().name());

        ImportReport again = f.csv(ImportKind.CUSTOMERS, text, ImportOptions.DEFAULTS.withBatchSize(2));
        assertEquals(2, again.unchanged());
        assertEquals(0, again.updated());
        assertEquals(2, again.rejectedCount());
    }

    @Test
    void twoNewCustomersWithOneMobileInABatchRejectTheLaterOnly() {
        String text = lines("name,national_id,mobile,branch_code",
                "A," + NID_A + ",13800138000,GD",
                "B," + NID_B + ",138 0013 8000,GD",
                "C," + NID_C + ",13700137000,GD");
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text);
        assertEquals(2, report.inserted());
        assertEquals(List.of(new RowError(3, "mobile", "unique",
                "is already given to another customer earlier in this batch")), report.rejected());
        assertEquals(0, f.store.rollbacks);
    }

    @Test
    void aClashWithAStoredCustomerFallsBackRowByRowAndRejectsOnlyThatRow() {
        f.csv(ImportKind.CUSTOMERS, lines("name,national_id,mobile,branch_code", "A," + NID_A + ",13800138000,GD"));
        String text = lines("name,national_id,mobile,branch_code",
                "B," + NID_B + ",13900139000,GD",
                "C," + NID_C + ",13800138000,GD",
                "D," + NID_D + ",13700137000,GD");
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text);
        assertEquals(2, report.inserted());
        assertEquals(1, report.rejectedCount());
        assertEquals(List.of(new RowError(3, "mobile", "unique", "is already taken by another customer")),
                report.rejected());
        assertEquals(2, f.store.rollbacks, "the batch rolled back, then the offending row's own transaction");
        assertEquals(3, f.store.customers.size());
        assertTrue(f.store.customerByNationalId(NID_C).isEmpty());
    }

    @Test
    void aConcurrentChangeDuringABatchIsRetriedRowByRow() {
        f.csv(ImportKind.CUSTOMERS, file());
        f.store.conflictsToThrow = 1;
        ImportReport report = f.csv(ImportKind.CUSTOMERS, file().replace("Zhang San", "Zhang Sanfeng"));
        assertEquals(1, report.updated());
        assertEquals(2, report.unchanged());
        assertEquals(0, report.rejectedCount());
        assertEquals("Zhang Sanfeng", f.store.customerByNationalId(NID_A).orElseThrow().profile().name());
    }

    @Test
    void columnsNotInTheFileKeepTheirStoredValuesAndBlankOnesClear() {
        f.csv(ImportKind.CUSTOMERS, file());
        ImportReport report = f.csv(ImportKind.CUSTOMERS, lines("national_id,mobile,email",
                NID_A + ",13600136000,"));
        assertEquals(1, report.updated());
        Customer zhang = f.store.customerByNationalId(NID_A).orElseThrow();
        assertEquals("Zhang San", zhang.profile().name());
        assertEquals(new MobileNumber("13600136000"), zhang.profile().mobile());
        assertNull(zhang.profile().email());
        assertEquals("Shenzhen", zhang.profile().homeAddress().city());
        assertEquals(Relationship.HEAD, f.store.memberships.get(zhang.id()).relationship());
    }

    @Test
    void oneQueryPerBatchAndProgressAfterEachBatch() {
        StringBuilder text = new StringBuilder("name,national_id,branch_code\n");
        String[] ids = {NID_A, NID_B, NID_C, NID_D, Fixtures.nid("11010519700505005")};
        for (String id : ids) {
            text.append("P,").append(id).append(",GD\n");
        }
        Fixtures.Progress progress = new Fixtures.Progress();
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text.toString(),
                ImportOptions.DEFAULTS.withBatchSize(2).withProgress(progress));
        assertEquals(5, report.inserted());
        assertEquals(3, f.store.calls("customers.findByNationalIds"));
        assertEquals(3, f.store.calls("customers.insertAll"));
        assertEquals(1, f.store.calls("branches.findByCodes")); // GD found in the first batch, kept for the run
        assertEquals(0, f.store.calls("customers.findIdByNationalId"));
        assertEquals(3, f.store.commits);
        assertEquals(List.of(2L, 4L, 5L), progress.rowsRead);
        assertEquals(List.of(2L, 4L, 5L), progress.reports.stream().map(ImportReport::inserted).toList());
    }

    @Test
    void errorsAreCountedInFullButListedUpToMaxErrors() {
        StringBuilder text = new StringBuilder("name,national_id,branch_code\n");
        for (int i = 0; i < 5; i++) {
            text.append("P,123,GD\n");
        }
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text.toString(),
                new ImportOptions(100, 2, ImportOptions.DEFAULTS.zone(), ImportProgressListener.NONE));
        assertEquals(5, report.rejectedCount());
        assertEquals(2, report.rejected().size());
        assertEquals(5, report.rowsRead());
        assertEquals(0, f.store.commits, "a batch with no valid row opens no transaction");
    }

    @Test
    void jsonLinesImportLikeCsv() {
        String text = lines(
                "{\"name\":\"Zhang San\",\"national_id\":\"" + NID_A + "\",\"mobile\":13800138000,\"branch_code\":\"GD\","
                        + "\"occupation_class\":2,\"email\":null}",
                "{\"name\":\"Acme\",\"organisation_code\":\"" + ORG_A + "\",\"branch_code\":\"GD\"}",
                "{\"name\":\"Nobody\",\"national_id\":\"" + NID_B + "\",\"branch_code\":\"GD\",\"colour\":\"red\"}");
        ImportReport report = f.jsonl(ImportKind.CUSTOMERS, text);
        assertEquals(2, report.inserted());
        assertEquals(List.of(new RowError(3, "colour", "unknown-column", "is not a column of CUSTOMERS imports")),
                report.rejected());
        Customer zhang = f.store.customerByNationalId(NID_A).orElseThrow();
        assertEquals(2, zhang.profile().occupationClass());
        assertEquals(3, f.jsonl(ImportKind.CUSTOMERS, text).rowsRead());
        assertEquals(2, f.jsonl(ImportKind.CUSTOMERS, text).unchanged());
    }

    @Test
    void countsAlwaysAddUpToRowsRead() {
        String text = file() + ",,,,,,,,,,,\n" + "x,y\n";
        ImportReport report = f.csv(ImportKind.CUSTOMERS, text);
        assertEquals(report.rowsRead(),
                report.inserted() + report.updated() + report.unchanged() + report.rejectedCount());
        assertEquals(5, report.rowsRead());
        assertEquals(2, report.rejectedCount());
    }
}
