package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.view.CustomerCard;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Data-subject requests on a fixture worked out by hand: 王 (person 1) holds two policies (1,000.00 and
 * 2,500.00) with one claim paid 800.00; 李 (person 2), in 王's household, holds one policy (600.00) with
 * a claim paid 150.00. Book totals by plain SQL: premiums 4,100.00, claims paid 950.00, 3 policies,
 * 2 claims, 3 premium payments totalling 4,100.00 — the same before and after 王 is erased.
 */
class DataSubjectTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    static final Actor SYSTEM = Actor.system("setup");
    static final Actor DPO = new Actor("dpo-1", Role.ADMINISTRATOR, null, 9, "privacy-desk");

    record Fixture(Customer wang, Customer li, Policy car, Policy home, Policy liPolicy) {
    }

    static Fixture fixture(InsurCrm crm) {
        Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
        Customer wang = crm.customers().create(SYSTEM, People.profile(1), ho.id());
        Customer li = crm.customers().create(SYSTEM, People.profile(2), ho.id());
        crm.customers().joinHousehold(SYSTEM, "H-1", wang.id(), Relationship.HEAD);
        crm.customers().joinHousehold(SYSTEM, "H-1", li.id(), Relationship.SPOUSE);
        Policy car = policy(crm, "P-1", wang, ho, "1000.00");
        Policy home = policy(crm, "P-2", wang, ho, "2500.00");
        Policy liPolicy = policy(crm, "P-3", li, ho, "600.00");
        claim(crm, "C-1", car, "800.00");
        claim(crm, "C-2", liPolicy, "150.00");
        crm.interactions().log(SYSTEM, new NewInteraction(wang.id(), InteractionChannel.CALL_CENTRE,
                InteractionType.CARE_CALL, Instant.parse("2026-06-01T01:00:00Z"), "agent",
                "客户" + People.name(1) + "要求回电 " + People.mobile(1), null));
        return new Fixture(wang, li, car, home, liPolicy);
    }

    static Policy policy(InsurCrm crm, String number, Customer holder, Branch b, String premium) {
        Policy p = crm.policies().issue(SYSTEM, new NewPolicy(number, holder.id(), ProductLine.PROPERTY, "P01",
                SalesChannel.AGENT, b.id(), null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Money.cny(premium), null, null));
        crm.policies().recordPayment(SYSTEM, p.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                Money.cny(premium));
        return p;
    }

    static void claim(InsurCrm crm, String number, Policy p, String paid) {
        Claim c = crm.claims().file(SYSTEM, new NewClaim(number, p.id(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), null, Money.cny(paid), null, ClaimStatus.REPORTED, false, "water"));
        crm.claims().settle(SYSTEM, c.id(), c.version(), ClaimStatus.PAID, Money.cny(paid), LocalDate.of(2026, 4, 1));
    }

    /** Totals of the book by plain SQL, independent of the library. */
    static String totals(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT SUM(premium) FROM policy), (SELECT COUNT(*) FROM policy),"
                        + " (SELECT SUM(paid_amount) FROM claim), (SELECT COUNT(*) FROM claim),"
                        + " (SELECT SUM(amount) FROM premium_payment), (SELECT COUNT(*) FROM premium_payment)")) {
            r.next();
            return r.getBigDecimal(1).setScale(2) + "/" + r.getLong(2) + "/" + r.getBigDecimal(3).setScale(2) + "/"
                    + r.getLong(4) + "/" + r.getBigDecimal(5).setScale(2) + "/" + r.getLong(6);
        }
    }

    @StoreTest
    void exportHoldsEverythingAboutTheCustomerAsJson(StoreKind kind) throws Exception {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            Fixture f = fixture(crm);
            JsonNode doc = new ObjectMapper().readTree(crm.dataSubjects().export(DPO, f.wang().id()));
            assertEquals(People.nationalId(1), doc.get("customer").get("nationalId").asText());
            assertEquals(People.name(1), doc.get("customer").get("name").asText());
            assertEquals("科技园1号", doc.get("customer").get("homeAddress").get("line").asText());
            assertEquals(2, doc.get("policies").size());
            java.util.Set<String> numbers = new java.util.TreeSet<>();
            for (JsonNode p : doc.get("policies")) {
                numbers.add(p.get("policy").get("policyNumber").asText());
                assertEquals(1, p.get("payments").size());
            }
            assertEquals(java.util.Set.of("P-1", "P-2"), numbers);
            assertEquals(1, doc.get("claims").size());
            assertEquals(0, new BigDecimal("800.00").compareTo(
                    doc.get("claims").get(0).get("paidAmount").get("amount").decimalValue()));
            assertEquals(1, doc.get("interactions").size());
            assertEquals(2, doc.get("household").get("members").size());
            assertTrue(doc.get("audit").size() >= 4, "creation, household, policies, claim ...");
            assertThrows(AccessDeniedException.class, () -> crm.dataSubjects().export(
                    new Actor("op", Role.SERVICE_OPERATOR, null, 9), f.wang().id()));
            assertEquals("EXPORT", last(crm.audit().byCustomer(DPO, f.wang().id())).action());
        }
    }

    @StoreTest
    void erasureForgetsTheIdentityButKeepsTheBooksAndTheChain(StoreKind kind) throws SQLException {
        DataSource ds = TestStores.freshDataSource(kind);
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(CLOCK).build()) {
            Fixture f = fixture(crm);
            String before = totals(ds);
            assertEquals("4100.00/3/950.00/2/4100.00/3", before);

            crm.dataSubjects().erase(DPO, f.wang().id());

            // the 360° view by any former identifier finds nothing
            for (String identifier : List.of(People.nationalId(1), People.mobile(1),
                    People.nationalId(1).toLowerCase(), "+86 " + People.mobile(1))) {
                assertTrue(crm.views().find(SYSTEM, identifier).isEmpty(), identifier.length() + "-char identifier");
            }
            // the record stays, anonymous: statistics dimensions and the city kept, identity gone
            CustomerCard card = crm.customers().card(SYSTEM, f.wang().id()).orElseThrow();
            assertEquals("[erased]", card.name());
            assertEquals(null, card.nationalId());
            assertEquals(null, card.mobile());
            assertEquals(null, card.email());
            assertEquals(null, card.employer());
            assertEquals("深圳", card.homeAddress().city());
            assertEquals(null, card.homeAddress().line());
            assertEquals("1950-01-01", card.dateOfBirth());
            // household, free text
            assertTrue(crm.customers().household(SYSTEM, f.wang().id()).isEmpty());
            assertEquals(List.of(f.li().id()), crm.customers().household(SYSTEM, f.li().id()).orElseThrow()
                    .members().stream().map(m -> m.customerId()).toList());
            assertEquals("[erased]", crm.interactions().recent(SYSTEM, f.wang().id(), 5).get(0).summary());
            // financial records intact and consistent
            assertEquals(before, totals(ds));
            assertEquals(2, crm.policies().ofCustomer(SYSTEM, f.wang().id()).size());
            assertEquals(f.wang().id(), crm.views().find(SYSTEM, "P-1").orElseThrow().customer().id());
            assertEquals(new BigDecimal("800.00"), crm.claims().ofCustomer(SYSTEM, f.wang().id()).get(0)
                    .paidAmount().amount());
            // the audit trail keeps the erasure, names fields only, and still verifies
            AuditEntry erase = crm.audit().byCustomer(DPO, f.wang().id()).stream()
                    .filter(e -> e.action().equals("ERASE")).findFirst().orElseThrow();
            assertEquals("ERASE", erase.action());
            assertEquals("dpo-1", erase.actorId());
            assertTrue(erase.fields().containsAll(List.of("name", "nationalId", "mobile", "household")),
                    erase.fields().toString());
            assertTrue(crm.audit().verify(DPO).isOk());
            // the export after erasure holds no former identity
            String export = crm.dataSubjects().export(DPO, f.wang().id());
            for (String value : List.of(People.name(1), People.nationalId(1), People.mobile(1), "p1@example.com")) {
                assertFalse(export.contains(value), "former identity in the export");
            }
            // and no other customer was touched
            assertEquals(People.nationalId(2), crm.customers().card(SYSTEM, f.li().id()).orElseThrow().nationalId());
        }
    }

    @StoreTest
    void erasureNeedsTheRightAndAKnownCustomerAndChangesNothingOtherwise(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            Fixture f = fixture(crm);
            Branch other = crm.branches().create(SYSTEM, "GD", "广东", BranchLevel.PROVINCE, "HO", "广东");
            Actor regional = new Actor("gd-admin", new Role("regional_admin"), other.id(), 9);
            // the default policy gives a role it does not know nothing
            assertThrows(AccessDeniedException.class, () -> crm.dataSubjects().erase(regional, f.wang().id()));
            assertThrows(AccessDeniedException.class, () -> crm.dataSubjects().erase(
                    new Actor("op", Role.SERVICE_OPERATOR, null, 9), f.wang().id()));
            assertThrows(NotFoundException.class, () -> crm.dataSubjects().erase(DPO,
                    new io.insurcrm.core.customer.CustomerId(java.util.UUID.randomUUID())));
            assertEquals(People.name(1), crm.customers().card(SYSTEM, f.wang().id()).orElseThrow().name());
        }
    }

    static AuditEntry last(List<AuditEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}
