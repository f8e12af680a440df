package io.insurcrm.storage.operations;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.operations.Ops.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.blacklist.BlacklistAction;
import io.insurcrm.core.blacklist.BlacklistAudit;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.BlacklistHit;
import io.insurcrm.core.blacklist.BlacklistedException;
import io.insurcrm.core.blacklist.MatchedOn;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Blacklist hits through every identifier form, expiry, scope, and the three places that screen. */
class BlacklistStoreTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    /** Legacy 15-digit form (born 1980-01-01, sequence 123) and the same person re-keyed to 18 characters. */
    private static final String ID_15 = "440305800101123";
    private static final String ID_18 = NationalIdNumber.parse(ID_15).value();
    private static final String MOBILE = "13912345678";
    private static final String MOBILE_FULL_WIDTH = "１３９ １２３４ ５６７８";

    @StoreTest
    void aListedPersonIsRefusedThroughEveryIdentifierForm(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            BlacklistEntry byId = add(crm, new PersonKey(NationalIdNumber.parse(ID_18), null, null, null), "FRAUD",
                    null, null);
            BlacklistEntry byMobile = add(crm, new PersonKey(null, MobileNumber.parse(MOBILE), null, null), "ABUSE",
                    null, null);
            LocalDate dob = LocalDate.of(1975, 6, 30);
            BlacklistEntry byName = add(crm, new PersonKey(null, null, "张 伟", dob), "LITIGATION", null, null);
            BranchId ns = b.get("NS").id();

            BlacklistedException legacy = refused(crm, CustomerProfile.individual("某人").nationalId(ID_15).build(), ns);
            assertEquals(byId.id(), legacy.entryId(), "15-digit form re-keyed as 18 digits");
            assertEquals("FRAUD", legacy.reasonCode());
            assertEquals(MatchedOn.NATIONAL_ID, legacy.hit().matchedOn());
            assertFalse(legacy.getMessage().contains(ID_18) || legacy.getMessage().contains(ID_15),
                    "no ID number in the message");
            assertFalse(legacy.getMessage().contains("某人"));
            String spaced = ID_18.substring(0, 6) + " " + ID_18.substring(6, 14) + " " + ID_18.substring(14);
            assertEquals(byId.id(), refused(crm, CustomerProfile.individual("某人").nationalId(toFullWidth(spaced))
                    .build(), ns).entryId(), "full-width digits with spaces");

            BlacklistedException fullWidth = refused(crm, CustomerProfile.individual("某人").mobile(MOBILE_FULL_WIDTH)
                    .build(), ns);
            assertEquals(byMobile.id(), fullWidth.entryId());
            assertEquals(MatchedOn.MOBILE, fullWidth.hit().matchedOn());
            assertFalse(fullWidth.getMessage().contains(MOBILE));
            assertEquals(byMobile.id(), refused(crm, CustomerProfile.individual("某人").mobile("+86 139-1234-5678")
                    .build(), ns).entryId());

            BlacklistedException named = refused(crm, CustomerProfile.individual("张伟").dateOfBirth(dob).build(), ns);
            assertEquals(byName.id(), named.entryId());
            assertEquals(MatchedOn.NAME_AND_BIRTH_DATE, named.hit().matchedOn());
            Customer namesake = crm.customers().create(ACTOR, CustomerProfile.individual("张伟")
                    .dateOfBirth(dob.plusDays(1)).build(), ns);
            assertEquals("张伟", namesake.profile().name(), "same name, another birth date: not a hit");
            crm.customers().create(ACTOR, CustomerProfile.individual("王五").nationalId(Ops.nationalId(7))
                    .mobile(Ops.mobile(7)).build(), ns);

            BlacklistHit hit = crm.blacklist().check(ACTOR, new PersonKey(null, MobileNumber.parse("0086 13912345678"),
                    null, null), ns).orElseThrow();
            assertEquals(byMobile.id(), hit.entryId());
        }
    }

    @StoreTest
    void expiryScopeAndRevocationAreRespected(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            PersonKey person = new PersonKey(NationalIdNumber.parse(ID_18), null, null, null);
            Instant expiry = T0.plus(Duration.ofDays(10));
            BlacklistEntry shenzhenOnly = add(crm, person, "BAD_DEBT", b.get("SZ").id(), expiry);
            CustomerProfile profile = CustomerProfile.individual("某人").nationalId(ID_15).build();

            assertEquals(shenzhenOnly.id(), refused(crm, profile, b.get("NS").id()).entryId(), "NS lies under SZ");
            assertEquals(shenzhenOnly.id(), refused(crm, profile, b.get("SZ").id()).entryId());
            assertTrue(crm.blacklist().check(ACTOR, person, b.get("GD").id()).isEmpty(), "GD is above SZ");
            assertTrue(crm.blacklist().check(ACTOR, person, b.get("BJ").id()).isEmpty());

            clock.set(expiry.minusNanos(1000));
            refused(crm, profile, b.get("NS").id());
            clock.set(expiry);
            assertTrue(crm.blacklist().check(ACTOR, person, b.get("NS").id()).isEmpty(), "expired");

            BlacklistEntry companyWide = add(crm, person, "FRAUD", null, null);
            assertEquals(companyWide.id(), refused(crm, profile, b.get("BJ").id()).entryId(),
                    "a company-wide entry blocks every branch");
            crm.blacklist().revoke(ACTOR, companyWide.id(), 1);
            Customer back = crm.customers().create(ACTOR, profile, b.get("BJ").id());
            assertEquals(ID_18, back.profile().nationalId().value());

            List<BlacklistAudit> audit = crm.blacklist().audit(ACTOR, companyWide.id());
            assertEquals(List.of(BlacklistAction.ADDED, BlacklistAction.REVOKED),
                    audit.stream().map(BlacklistAudit::action).collect(Collectors.toList()));
            assertEquals(ACTOR.userId(), audit.get(1).actorId());
            assertEquals(expiry, audit.get(1).occurredAt());
            assertEquals(expiry, crm.blacklist().get(ACTOR, companyWide.id()).orElseThrow().revokedAt());
        }
    }

    @StoreTest
    void policyIssueIsRefusedForAListedHolder(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            Customer holder = crm.customers().create(ACTOR, CustomerProfile.individual("某人").nationalId(ID_18)
                    .mobile(MOBILE).build(), b.get("NS").id());
            Ops.policy(crm, "P1", holder.id(), b.get("NS").id(), ProductLine.HEALTH, LocalDate.of(2027, 4, 30), null);
            BlacklistEntry entry = add(crm, new PersonKey(null, MobileNumber.parse(MOBILE_FULL_WIDTH), null, null),
                    "FRAUD", null, null);

            BlacklistedException e = assertThrows(BlacklistedException.class, () -> Ops.policy(crm, "P2", holder.id(),
                    b.get("NS").id(), ProductLine.HEALTH, LocalDate.of(2027, 4, 30), null));

            assertEquals(entry.id(), e.entryId());
            assertEquals("FRAUD", e.reasonCode());
            assertTrue(e.getMessage().startsWith("policy issue refused"), e.getMessage());
            assertTrue(crm.policies().findByNumber(ACTOR, "P2").isEmpty(), "nothing written");
        }
    }

    @StoreTest
    void theImportRejectsListedRowsOnTheMatchingColumn(StoreKind kind) throws IOException {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).build()) {
            Ops.branchTree(crm);
            add(crm, new PersonKey(NationalIdNumber.parse(ID_18), null, null, null), "FRAUD", null, null);
            add(crm, new PersonKey(null, MobileNumber.parse(MOBILE), null, null), "ABUSE", null, null);
            Path file = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "blacklist-")
                    .resolve("customers.csv");
            Files.writeString(file, "kind,name,national_id,mobile,branch_code\n"
                    + "INDIVIDUAL,甲," + ID_15 + ",,NS\n"
                    + "INDIVIDUAL,乙," + Ops.nationalId(1).value() + "," + MOBILE_FULL_WIDTH + ",SZ\n"
                    + "INDIVIDUAL,丙," + Ops.nationalId(2).value() + "," + Ops.mobile(2) + ",BJ\n",
                    StandardCharsets.UTF_8);

            ImportReport report = crm.imports().importFile(ACTOR, ImportKind.CUSTOMERS, file, ImportOptions.DEFAULTS);

            assertEquals(1, report.inserted());
            assertEquals(2, report.rejectedCount());
            assertEquals(List.of("2:national_id:blacklisted", "3:mobile:blacklisted"), report.rejected().stream()
                    .map(e -> e.line() + ":" + e.field() + ":" + e.rule()).sorted().collect(Collectors.toList()));
            for (RowError e : report.rejected()) {
                assertFalse(e.message().contains(ID_18) || e.message().contains(MOBILE), "no identifier echoed");
                assertTrue(e.message().contains("FRAUD") || e.message().contains("ABUSE"), e.message());
            }
            assertTrue(crm.views().find(ACTOR, Ops.nationalId(2).value()).isPresent());
            assertTrue(crm.views().find(ACTOR, ID_18).isEmpty(), "the listed person was not brought in");
        }
    }

    private static BlacklistEntry add(InsurCrm crm, PersonKey person, String reason, BranchId scope, Instant expiry) {
        return crm.blacklist().add(ACTOR, new NewBlacklistEntry(person, reason, "内部备注", scope, null, expiry));
    }

    private static BlacklistedException refused(InsurCrm crm, CustomerProfile profile, BranchId branch) {
        BlacklistedException e = assertThrows(BlacklistedException.class,
                () -> crm.customers().create(ACTOR, profile, branch));
        assertTrue(e.getMessage().startsWith("customer creation refused"), e.getMessage());
        return e;
    }

    private static String toFullWidth(String ascii) {
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.append(c == ' ' ? '\u3000' : (char) (c + 0xFEE0));
        }
        return sb.toString();
    }
}
