package io.insurcrm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reads back the files of a 10,000-customer book and checks that they look like a real insurer's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticBookRealismTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    private static final int CUSTOMERS = 10_000;

    @TempDir
    static Path dir;

    private BookManifest manifest;
    private List<Map<String, String>> branches;
    private List<Map<String, String>> customers;
    private List<Map<String, String>> policies;
    private List<Map<String, String>> claims;
    private List<Map<String, String>> interactions;

    @BeforeAll
    void generate() {
        manifest = SyntheticBook.builder().seed(42).customers(CUSTOMERS).asOf(AS_OF).build().writeCsv(dir);
        branches = read(ImportKind.BRANCHES);
        customers = read(ImportKind.CUSTOMERS);
        policies = read(ImportKind.POLICIES);
        claims = read(ImportKind.CLAIMS);
        interactions = read(ImportKind.INTERACTIONS);
    }

    private List<Map<String, String>> read(ImportKind kind) {
        return Csv.readRecords(dir.resolve(SyntheticBook.fileName(kind)));
    }

    @Test
    void headersAreExactlyTheImportColumnsAndCountsMatchTheManifest() throws IOException {
        for (ImportKind kind : ImportKind.values()) {
            try (BufferedReader r = Files.newBufferedReader(dir.resolve(SyntheticBook.fileName(kind)),
                    StandardCharsets.UTF_8)) {
                assertEquals(String.join(",", kind.columns()), r.readLine());
            }
            assertEquals(manifest.rows(kind), read(kind).size(), kind.name());
        }
        assertEquals(CUSTOMERS, customers.size());
    }

    @Test
    void branchHierarchyIsHeadOfficeProvincesCitiesCounties() {
        Map<String, Map<String, String>> byCode = index(branches, "code");
        assertEquals(branches.size(), byCode.size(), "branch codes unique");
        Map<String, Long> perLevel = branches.stream().collect(Collectors.groupingBy(b -> b.get("level"),
                Collectors.counting()));
        assertEquals(1L, perLevel.get("HEAD_OFFICE"));
        assertEquals(6L, perLevel.get("PROVINCE"));
        assertTrue(perLevel.get("CITY") >= 12 && perLevel.get("CITY") <= 18, perLevel.toString());
        List<String> order = List.of("HEAD_OFFICE", "PROVINCE", "CITY", "COUNTY");
        Set<String> seen = new HashSet<>();
        for (Map<String, String> b : branches) {
            String parent = b.get("parent_code");
            if (b.get("level").equals("HEAD_OFFICE")) {
                assertEquals("", parent);
            } else {
                assertTrue(seen.contains(parent), "parent listed before child: " + b.get("code"));
                assertEquals(order.indexOf(b.get("level")) - 1, order.indexOf(byCode.get(parent).get("level")));
                assertFalse(b.get("region").isEmpty());
            }
            seen.add(b.get("code"));
        }
        Map<String, Long> children = branches.stream().filter(b -> !b.get("parent_code").isEmpty())
                .collect(Collectors.groupingBy(b -> b.get("parent_code"), Collectors.counting()));
        branches.stream().filter(b -> b.get("level").equals("PROVINCE"))
                .forEach(p -> assertTrue(children.get(p.get("code")) >= 2 && children.get(p.get("code")) <= 3));
        branches.stream().filter(b -> b.get("level").equals("CITY"))
                .forEach(c -> assertTrue(children.get(c.get("code")) >= 1 && children.get(c.get("code")) <= 3));
    }

    @Test
    void nationalIdsAreValidConsistentAndUniqueAfterNormalisation() {
        Set<String> keys = new HashSet<>();
        int legacy = 0;
        int lowerX = 0;
        int individuals = 0;
        int minors = 0;
        for (Map<String, String> c : customers) {
            if (!c.get("kind").equals("INDIVIDUAL")) {
                assertEquals("", c.get("national_id"));
                continue;
            }
            individuals++;
            String raw = c.get("national_id");
            legacy += raw.length() == 15 ? 1 : 0;
            lowerX += raw.endsWith("x") ? 1 : 0;
            NationalIdNumber id = NationalIdNumber.parse(raw);
            assertTrue(keys.add(id.value()), "unique after normalisation");
            assertEquals(LocalDate.parse(c.get("date_of_birth")), id.birthDate());
            assertEquals(c.get("gender").equals("MALE"), id.isMale());
            int age = Period.between(id.birthDate(), AS_OF).getYears();
            if (c.get("household_relationship").equals("CHILD")) {
                assertTrue(age >= 0 && age <= 80, "child age " + age);
                minors += age < 18 ? 1 : 0;
            } else {
                assertTrue(age >= 18 && age <= 80, "adult age " + age);
            }
        }
        double share = (double) individuals / CUSTOMERS;
        System.out.printf("individuals %.1f%%, legacy 15-digit %d, lower-case x %d, minors (children) %d%n",
                share * 100, legacy, lowerX, minors);
        assertTrue(share > 0.85 && share < 0.95, "individual share " + share);
        assertTrue(legacy > individuals * 0.01 && legacy < individuals * 0.05, "legacy " + legacy);
        assertTrue(lowerX > individuals * 0.01 && lowerX < individuals * 0.06, "lower x " + lowerX);
    }

    @Test
    void individualsCarryOccupationEducationMaritalStatusAndContactData() {
        List<Map<String, String>> adults = customers.stream().filter(c -> c.get("kind").equals("INDIVIDUAL")
                && Period.between(LocalDate.parse(c.get("date_of_birth")), AS_OF).getYears() >= 18).toList();
        Set<String> classes = adults.stream().map(c -> c.get("occupation_class")).collect(Collectors.toSet());
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), classes);
        assertEquals(7, adults.stream().map(c -> c.get("education")).distinct().count());
        assertEquals(4, adults.stream().map(c -> c.get("marital_status")).distinct().count());
        long withEmail = adults.stream().filter(c -> !c.get("email").isEmpty()).count();
        long withEmployer = adults.stream().filter(c -> !c.get("employer").isEmpty()).count();
        assertTrue(withEmail > adults.size() * 0.2 && withEmail < adults.size() * 0.7, "e-mails " + withEmail);
        assertTrue(withEmployer > adults.size() * 0.4, "employers " + withEmployer);
        for (Map<String, String> c : adults) {
            assertFalse(c.get("home_city").isEmpty());
            assertFalse(c.get("occupation").isEmpty());
        }
    }

    @Test
    void mobilesPlatesAndOrganisationCodesAreValidAndUnique() {
        Set<String> mobiles = new HashSet<>();
        Set<String> orgCodes = new HashSet<>();
        for (Map<String, String> c : customers) {
            if (!c.get("mobile").isEmpty()) {
                assertTrue(mobiles.add(MobileNumber.parse(c.get("mobile")).value()), "unique mobile");
            }
            if (c.get("kind").equals("CORPORATE")) {
                assertTrue(orgCodes.add(OrganisationCode.parse(c.get("organisation_code")).value()));
                assertFalse(c.get("industry").isEmpty());
            }
        }
        assertTrue(mobiles.size() > CUSTOMERS * 0.75, "mobiles " + mobiles.size());
        // a plate is one vehicle: all its policies (the renewal chain) belong to one holder
        Map<String, String> holderOfPlate = new HashMap<>();
        for (Map<String, String> p : policies) {
            String plate = p.get("licence_plate");
            if (p.get("product_line").equals("AUTO")) {
                assertEquals(plate, LicencePlate.parse(plate).value());
                String previous = holderOfPlate.putIfAbsent(plate, holder(p));
                assertTrue(previous == null || previous.equals(holder(p)), "plate held by one customer");
            } else {
                assertEquals("", plate);
            }
        }
        assertTrue(holderOfPlate.size() > CUSTOMERS * 0.3, "vehicles " + holderOfPlate.size());
    }

    @Test
    void everyForeignKeyResolvesInsideTheBook() {
        Set<String> branchCodes = index(branches, "code").keySet();
        Set<String> customerKeys = new HashSet<>();
        for (Map<String, String> c : customers) {
            assertTrue(branchCodes.contains(c.get("branch_code")));
            customerKeys.add(c.get("kind").equals("INDIVIDUAL") ? NationalIdNumber.parse(c.get("national_id")).value()
                    : c.get("organisation_code"));
        }
        Map<String, Map<String, String>> byNumber = index(policies, "policy_number");
        assertEquals(policies.size(), byNumber.size(), "policy numbers unique");
        for (Map<String, String> p : policies) {
            assertTrue(customerKeys.contains(holder(p)), "policy holder exists");
            assertTrue(branchCodes.contains(p.get("branch_code")));
            String prev = p.get("previous_policy_number");
            if (!prev.isEmpty()) {
                Map<String, String> renewed = byNumber.get(prev);
                assertNotNull(renewed, "renewed policy exists");
                assertEquals(holder(renewed), holder(p));
                assertEquals(LocalDate.parse(renewed.get("end_date")).plusDays(1), LocalDate.parse(p.get("start_date")));
            }
        }
        assertEquals(claims.size(), index(claims, "claim_number").size(), "claim numbers unique");
        for (Map<String, String> c : claims) {
            assertTrue(byNumber.containsKey(c.get("policy_number")));
        }
        assertEquals(interactions.size(), index(interactions, "source_ref").size(), "source refs unique");
        for (Map<String, String> i : interactions) {
            assertTrue(customerKeys.contains(holder(i)));
        }
        Map<String, List<Map<String, String>>> households = customers.stream()
                .filter(c -> !c.get("household_code").isEmpty())
                .collect(Collectors.groupingBy(c -> c.get("household_code")));
        for (List<Map<String, String>> members : households.values()) {
            assertEquals(1, members.stream().filter(m -> m.get("household_relationship").equals("HEAD")).count());
            List<Map<String, String>> couple = members.stream().filter(m -> m.get("household_relationship")
                    .matches("HEAD|SPOUSE")).toList();
            if (couple.size() == 2) {
                assertFalse(couple.get(0).get("gender").equals(couple.get(1).get("gender")));
                couple.forEach(m -> assertEquals("MARRIED", m.get("marital_status")));
            }
        }
        long inHouseholds = households.values().stream().mapToLong(List::size).sum();
        System.out.printf("households %d holding %.1f%% of customers%n", households.size(),
                100.0 * inHouseholds / CUSTOMERS);
        assertTrue(inHouseholds > CUSTOMERS * 0.3, "household members " + inHouseholds);
    }

    @Test
    void policiesSpreadOverLinesAndChannelsWithDatesAndStatusesConsistentWithTheAsOfDate() {
        double perCustomer = (double) policies.size() / CUSTOMERS;
        Set<String> lines = new HashSet<>();
        Set<String> channels = new HashSet<>();
        Map<String, Long> statuses = new HashMap<>();
        long renewals = 0;
        for (Map<String, String> p : policies) {
            lines.add(p.get("product_line"));
            channels.add(p.get("sales_channel"));
            statuses.merge(p.get("status"), 1L, Long::sum);
            renewals += p.get("previous_policy_number").isEmpty() ? 0 : 1;
            LocalDate start = LocalDate.parse(p.get("start_date"));
            LocalDate end = LocalDate.parse(p.get("end_date"));
            assertFalse(start.isAfter(AS_OF));
            assertTrue(end.isAfter(start));
            ProductLine line = ProductLine.valueOf(p.get("product_line"));
            if (EnumSet.of(ProductLine.AUTO, ProductLine.PROPERTY, ProductLine.HEALTH, ProductLine.ACCIDENT)
                    .contains(line)) {
                assertEquals(start.plusYears(1).minusDays(1), end, "one-year cover");
            } else {
                assertTrue(ChronoUnit.YEARS.between(start, end) >= 3, "multi-year cover");
            }
            PolicyStatus status = PolicyStatus.valueOf(p.get("status"));
            assertEquals(end.isBefore(AS_OF), status == PolicyStatus.EXPIRED, "expired exactly when ended");
            BigDecimal premium = new BigDecimal(p.get("premium"));
            assertTrue(premium.signum() > 0 && premium.scale() == 2);
        }
        System.out.printf("policies %.2f per customer, renewals %d, statuses %s%n", perCustomer, renewals, statuses);
        assertTrue(perCustomer > 2.5 && perCustomer < 3.6, "policies per customer " + perCustomer);
        assertEquals(ProductLine.values().length, lines.size());
        assertTrue(channels.size() >= 7, channels.toString());
        assertTrue(renewals > policies.size() * 0.15, "renewals " + renewals);
        assertTrue(statuses.get("IN_FORCE") + statuses.get("EXPIRED") > policies.size() * 0.9);
        assertTrue(statuses.get("LAPSED") > 0 && statuses.get("CANCELLED") > 0);
    }

    @Test
    void premiumIsSkewedLikeARealBook() {
        Map<String, BigDecimal> perCustomer = new HashMap<>();
        for (Map<String, String> p : policies) {
            perCustomer.merge(holder(p), new BigDecimal(p.get("premium")), BigDecimal::add);
        }
        List<BigDecimal> sorted = new ArrayList<>(perCustomer.values());
        for (int i = perCustomer.size(); i < CUSTOMERS; i++) {
            sorted.add(BigDecimal.ZERO);
        }
        sorted.sort(Comparator.reverseOrder());
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        double top20 = share(sorted, 0.2, total);
        double top5 = share(sorted, 0.05, total);
        double top1 = share(sorted, 0.01, total);
        System.out.printf("premium share of top 1%% %.1f%%, top 5%% %.1f%%, top 20%% %.1f%%%n", top1 * 100, top5 * 100,
                top20 * 100);
        assertTrue(top20 > 0.55, "top 20% bring " + top20);
        assertTrue(top20 < 0.9, "but not everything: " + top20);
    }

    private static double share(List<BigDecimal> sortedDesc, double fraction, BigDecimal total) {
        return sortedDesc.subList(0, (int) (sortedDesc.size() * fraction)).stream().reduce(BigDecimal.ZERO,
                BigDecimal::add).doubleValue() / total.doubleValue();
    }

    @Test
    void claimFrequencyAndLifecycleAreRealistic() {
        Map<String, Map<String, String>> byNumber = index(policies, "policy_number");
        LocalDate windowStart = AS_OF.minusYears(3);
        double policyYears = 0;
        for (Map<String, String> p : policies) {
            LocalDate from = max(LocalDate.parse(p.get("start_date")), windowStart);
            LocalDate to = min(LocalDate.parse(p.get("end_date")), AS_OF);
            policyYears += Math.max(0, ChronoUnit.DAYS.between(from, to)) / 365.0;
        }
        Map<String, Integer> perCustomer = new HashMap<>();
        Map<String, Long> statuses = new HashMap<>();
        int litigation = 0;
        for (Map<String, String> c : claims) {
            Map<String, String> policy = byNumber.get(c.get("policy_number"));
            perCustomer.merge(holder(policy), 1, Integer::sum);
            statuses.merge(c.get("status"), 1L, Long::sum);
            litigation += Boolean.parseBoolean(c.get("litigation")) ? 1 : 0;
            LocalDate loss = LocalDate.parse(c.get("loss_date"));
            LocalDate reported = LocalDate.parse(c.get("reported_date"));
            assertFalse(loss.isBefore(LocalDate.parse(policy.get("start_date"))), "loss inside cover");
            assertFalse(loss.isAfter(LocalDate.parse(policy.get("end_date"))), "loss inside cover");
            assertFalse(reported.isBefore(loss));
            assertFalse(reported.isAfter(AS_OF));
            ClaimStatus status = ClaimStatus.valueOf(c.get("status"));
            BigDecimal claimed = new BigDecimal(c.get("claimed_amount"));
            assertTrue(claimed.signum() > 0);
            if (status.isClosed()) {
                LocalDate settled = LocalDate.parse(c.get("settled_date"));
                assertFalse(settled.isBefore(reported));
                assertFalse(settled.isAfter(AS_OF));
            } else {
                assertEquals("", c.get("settled_date"));
            }
            if (status == ClaimStatus.PAID) {
                BigDecimal paid = new BigDecimal(c.get("paid_amount"));
                assertTrue(paid.signum() > 0);
                assertTrue(paid.compareTo(claimed.multiply(new BigDecimal("1.05"))) <= 0, "paid at most a bit over");
            } else {
                assertEquals("", c.get("paid_amount"));
            }
        }
        double frequency = claims.size() / policyYears;
        double perCust = (double) claims.size() / CUSTOMERS;
        long several = perCustomer.values().stream().filter(n -> n >= 3).count();
        System.out.printf("claims %d: %.3f per policy-year, %.3f per customer, %d customers with 3+, statuses %s, "
                + "litigation %d%n", claims.size(), frequency, perCust, several, statuses, litigation);
        assertTrue(frequency >= 0.05 && frequency <= 0.15, "frequency " + frequency);
        assertTrue(perCust > 0.2 && perCust < 0.45, "claims per customer " + perCust);
        assertTrue(several > 20, "customers with several claims " + several);
        assertTrue(statuses.get("PAID") > claims.size() / 2);
        for (String s : List.of("DENIED", "UNDER_REVIEW", "REPORTED", "WITHDRAWN")) {
            assertTrue(statuses.getOrDefault(s, 0L) > 0, s);
        }
        assertTrue(litigation > 0);
    }

    @Test
    void interactionsHappenBeforeTheAsOfDateOnManyChannels() {
        Instant cutoff = AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        Set<String> channels = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Map<String, String> i : interactions) {
            assertTrue(Instant.parse(i.get("occurred_at")).isBefore(cutoff));
            channels.add(i.get("channel"));
            types.add(i.get("type"));
        }
        double perCustomer = (double) interactions.size() / CUSTOMERS;
        System.out.printf("interactions %.2f per customer, %d channels, %d types%n", perCustomer, channels.size(),
                types.size());
        assertTrue(perCustomer > 2 && perCustomer < 8, "interactions per customer " + perCustomer);
        assertTrue(channels.size() >= 12, channels.toString());
        assertEquals(10, types.size());
    }

    @Test
    void manifestSamplesAreRealCustomersWithPoliciesAndClaims() {
        assertFalse(manifest.licencePlates().isEmpty());
        assertFalse(manifest.nationalIds().isEmpty());
        assertFalse(manifest.mobiles().isEmpty());
        assertFalse(manifest.nonCanonicalNationalIds().isEmpty());
        Map<String, Map<String, String>> byNumber = index(policies, "policy_number");
        for (SampleCustomer s : manifest.samples()) {
            assertTrue(s.policies() > 0);
            assertEquals(s.key(), holder(byNumber.get(s.policyNumber())));
            assertEquals(s.policies(), policies.stream().filter(p -> holder(p).equals(s.key())).count());
            if (s.licencePlate() != null) {
                assertTrue(policies.stream().anyMatch(p -> p.get("licence_plate").equals(s.licencePlate())
                        && holder(p).equals(s.key())));
            }
            if (s.nationalIdAsWritten() != null) {
                assertEquals(s.key(), NationalIdNumber.parse(s.nationalIdAsWritten()).value());
            } else {
                assertNull(s.mobile() == null ? null : s.nationalIdAsWritten());
            }
        }
        String legacy = manifest.nonCanonicalNationalIds().get(0);
        if (!customers.stream().anyMatch(c -> c.get("national_id").equals(legacy))) {
            fail("the non-canonical form is what customers.csv holds");
        }
    }

    private static String holder(Map<String, String> row) {
        String id = row.get("customer_national_id");
        return id.isEmpty() ? row.get("customer_organisation_code") : id;
    }

    private static Map<String, Map<String, String>> index(List<Map<String, String>> rows, String column) {
        Map<String, Map<String, String>> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get(column), r));
        return out;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
