package io.insurcrm.testing;

import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.testing.ReferenceData.City;
import io.insurcrm.testing.ReferenceData.County;
import io.insurcrm.testing.ReferenceData.Occupation;
import io.insurcrm.testing.ReferenceData.Province;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic but realistic insurer's book, deterministic from a seed: a branch network (head office →
 * 6 provinces → cities → counties), customers (about 90% individuals with valid ID numbers, a few
 * written in the legacy 15-digit form or with a lower-case x; about 10% corporates with valid unified
 * social credit codes; households of head, spouse, children and parents), about three policies per
 * customer over nine product lines with renewal chains over three years, claims and interactions.
 * Premiums are skewed as in a real book: a minority of wealthy individuals and corporates brings most
 * of the premium. Nothing happens after the as-of date.
 *
 * <pre>{@code
 * BookManifest m = SyntheticBook.builder().seed(42).customers(10_000).asOf(LocalDate.of(2026, 1, 31))
 *         .build().writeCsv(folder);          // branches.csv, customers.csv, policies.csv, ...
 * String plate = m.licencePlates().get(0);   // a vehicle whose holder has claims
 * }</pre>
 *
 * <p>Rows are streamed to a {@link BookSink} customer by customer, so memory stays flat whatever the
 * size (uniqueness of identifiers is kept by Bloom filters of a few bits per value). The files follow
 * the {@link ImportKind} column lists exactly. Same seed, size and date give byte-identical files.
 */
public final class SyntheticBook {
    /** The default number of customers. */
    public static final int DEFAULT_CUSTOMERS = 10_000;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int HISTORY_YEARS = 3;
    private static final int MAX_SAMPLES = 50;

    private final long seed;
    private final int customers;
    private final LocalDate asOf;
    private final boolean badRows;

    private SyntheticBook(Builder b) {
        this.seed = b.seed;
        this.customers = b.customers;
        this.asOf = b.asOf;
        this.badRows = b.badRows;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The file name of a kind's rows: {@code branches.csv}, {@code customers.csv}, ... */
    public static String fileName(ImportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".csv";
    }

    /** Streams every row to {@code sink} and returns what was generated. */
    public BookManifest generate(BookSink sink) {
        return new Run(sink).run();
    }

    /**
     * Writes the five CSV files into {@code folder} (created if missing, files replaced) and returns
     * what was written.
     */
    public BookManifest writeCsv(Path folder) {
        try {
            Files.createDirectories(folder);
            try (CsvBookWriter writer = new CsvBookWriter(folder)) {
                return generate(writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Configures a {@link SyntheticBook}. */
    public static final class Builder {
        private long seed = 42;
        private int customers = DEFAULT_CUSTOMERS;
        private LocalDate asOf = LocalDate.now(ZONE);
        private boolean badRows;

        private Builder() {
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** How many customers (rows of customers.csv, bad rows aside), at least 1. */
        public Builder customers(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("customers must be >= 1");
            }
            this.customers = value;
            return this;
        }

        /** The date the book is seen from: no policy starts, loss or contact happens after it. Default today. */
        public Builder asOf(LocalDate value) {
            this.asOf = Objects.requireNonNull(value, "asOf");
            return this;
        }

        /** Adds a handful of deliberately invalid rows to every file (counted in {@link BookManifest#badRows()}). */
        public Builder badRows(boolean value) {
            this.badRows = value;
            return this;
        }

        public SyntheticBook build() {
            return new SyntheticBook(this);
        }
    }

    /** A customer being generated, with what the policy, claim and interaction steps need. */
    private static final class Person {
        CustomerKind kind;
        String key;
        String idAsWritten;
        Gender gender;
        LocalDate birth;
        int age;
        City city;
        County county;
        String branchCode;
        double wealth;
        double risk;
        String householdCode;
        Relationship relationship;
        String surname;
        String mobile;
        int youngestChildAge = -1;
        int policies;
        int claims;
        String firstPolicy;
        String firstPlate;
        final List<Contact> contacts = new ArrayList<>();
    }

    /** An interaction to be written once the customer's policies and claims are known. */
    private record Contact(LocalDate date, InteractionType type) {
    }

    /** One generation pass: all the mutable state, used once. */
    private final class Run {
        private final BookSink sink;
        private final SplittableRandom rnd = new SplittableRandom(seed);
        private final UniqueFilter ids = new UniqueFilter(customers + 16L);
        private final UniqueFilter mobiles = new UniqueFilter(customers + 16L);
        private final UniqueFilter plates = new UniqueFilter(customers + 16L);
        private final UniqueFilter orgCodes = new UniqueFilter(customers / 8 + 16L);
        private final Map<ImportKind, Long> rows = new EnumMap<>(ImportKind.class);
        private final Map<ImportKind, Long> bad = new EnumMap<>(ImportKind.class);
        private final List<SampleCustomer> samples = new ArrayList<>();
        private final LocalDate historyStart = asOf.minusYears(HISTORY_YEARS);
        private final int historyDays = (int) ChronoUnit.DAYS.between(historyStart, asOf);
        private int emitted;
        private long policySeq;
        private long claimSeq;
        private long contactSeq;
        private long householdSeq;
        private String lastPolicyNumber;

        Run(BookSink sink) {
            this.sink = sink;
        }

        BookManifest run() {
            branches();
            boolean badDone = !badRows;
            while (emitted < customers) {
                int remaining = customers - emitted;
                double u = rnd.nextDouble();
                List<Person> unit;
                if (u < 0.13) {
                    unit = List.of(corporate());
                } else if (u < 0.35 && remaining >= 2) {
                    unit = household(remaining);
                } else {
                    unit = List.of(individual(county(), null, null, drawAge(18, 80), randomGender()));
                }
                for (Person p : unit) {
                    book(p);
                }
                if (!badDone && emitted >= customers / 2) {
                    badRows(unit.get(0));
                    badDone = true;
                }
            }
            return new BookManifest(seed, customers, asOf, rows, bad, samples);
        }

        // ---------------------------------------------------------------- branches

        private void branches() {
            branch(new BranchRow(ReferenceData.HEAD_OFFICE_CODE, ReferenceData.HEAD_OFFICE_NAME, BranchLevel.HEAD_OFFICE,
                    null, null));
            for (Province p : ReferenceData.PROVINCES) {
                String pc = provinceBranch(p);
                branch(new BranchRow(pc, p.name() + "省分公司", BranchLevel.PROVINCE, ReferenceData.HEAD_OFFICE_CODE,
                        p.name()));
                for (City c : p.cities()) {
                    String cc = cityBranch(c);
                    branch(new BranchRow(cc, c.name() + "市分公司", BranchLevel.CITY, pc, p.name()));
                    for (County k : c.counties()) {
                        branch(new BranchRow(countyBranch(k), k.name() + "支公司", BranchLevel.COUNTY, cc, p.name()));
                    }
                }
            }
            if (badRows) {
                branch(new BranchRow("86999901", "无上级支公司", BranchLevel.COUNTY, "869999", "未知"));
                bad.merge(ImportKind.BRANCHES, 1L, Long::sum);
            }
        }

        private String provinceBranch(Province p) {
            return ReferenceData.HEAD_OFFICE_CODE + p.code();
        }

        private String cityBranch(City c) {
            return ReferenceData.HEAD_OFFICE_CODE + c.regionCode().substring(0, 4);
        }

        private String countyBranch(County k) {
            return ReferenceData.HEAD_OFFICE_CODE + k.regionCode();
        }

        // ---------------------------------------------------------------- customers

        private static final double[] PROVINCE_WEIGHTS = {0.25, 0.18, 0.17, 0.14, 0.14, 0.12};

        private County county() {
            Province p = ReferenceData.PROVINCES.get(pickIndex(PROVINCE_WEIGHTS));
            // the first (capital) city of a province is the biggest market
            City c = rnd.nextDouble() < 0.5 ? p.cities().get(0) : p.cities().get(rnd.nextInt(p.cities().size()));
            return c.counties().get(rnd.nextInt(c.counties().size()));
        }

        private City cityOf(County k) {
            for (Province p : ReferenceData.PROVINCES) {
                for (City c : p.cities()) {
                    if (c.counties().contains(k)) {
                        return c;
                    }
                }
            }
            throw new IllegalStateException("unknown county " + k.name());
        }

        private Province provinceOf(City c) {
            return ReferenceData.PROVINCES.stream().filter(p -> p.cities().contains(c)).findFirst().orElseThrow();
        }

        private List<Person> household(int remaining) {
            String code = "HH" + pad(++householdSeq, 8);
            County home = county();
            Gender headGender = rnd.nextDouble() < 0.8 ? Gender.MALE : Gender.FEMALE;
            Person head = individual(home, code, Relationship.HEAD, drawAge(26, 70), headGender);
            List<Person> members = new ArrayList<>(List.of(head));
            Person spouse = null;
            if (members.size() < remaining && rnd.nextDouble() < 0.9) {
                int age = clamp(head.age + (headGender == Gender.MALE ? -rnd.nextInt(7) : rnd.nextInt(7)) + 1, 20, 80);
                spouse = individual(home, code, Relationship.SPOUSE, age, other(headGender));
                members.add(spouse);
            }
            String familyName = headGender == Gender.MALE || spouse == null ? head.surname : spouse.surname;
            int youngestParent = spouse == null ? head.age : Math.min(head.age, spouse.age);
            int children = pickIndex(new double[] {0.25, 0.45, 0.3});
            for (int i = 0; i < children && members.size() < remaining && youngestParent >= 22; i++) {
                int age = rnd.nextInt(youngestParent - 21);
                Person child = individual(home, code, Relationship.CHILD, age, randomGender());
                child.surname = familyName;
                members.add(child);
                if (age < 18 && (head.youngestChildAge < 0 || age < head.youngestChildAge)) {
                    head.youngestChildAge = age;
                }
            }
            if (members.size() < remaining && rnd.nextDouble() < 0.12 && head.age + 26 <= 80) {
                members.add(individual(home, code, Relationship.PARENT, head.age + 26 + rnd.nextInt(81 - head.age - 26),
                        randomGender()));
            }
            return members;
        }

        /** An individual; the row is built (and the name drawn) when the person is booked. */
        private Person individual(County home, String householdCode, Relationship relationship, int age,
                Gender gender) {
            Person p = new Person();
            p.kind = CustomerKind.INDIVIDUAL;
            p.county = home;
            p.city = cityOf(home);
            p.householdCode = householdCode;
            p.relationship = relationship;
            p.age = age;
            p.gender = gender;
            p.birth = asOf.minusYears(age).minusDays(rnd.nextInt(365));
            p.surname = surname();
            p.wealth = Math.exp(rnd.nextGaussian() * 1.0 - 0.5);
            p.risk = Math.exp(rnd.nextGaussian() * 0.7 - 0.245);
            String region = rnd.nextDouble() < 0.7 ? home.regionCode()
                    : ReferenceData.ORIGINS.get(rnd.nextInt(ReferenceData.ORIGINS.size())).regionCode();
            p.key = nationalId(region, p.birth, gender);
            p.idAsWritten = writtenForm(p.key);
            return p;
        }

        private Person corporate() {
            Person p = new Person();
            p.kind = CustomerKind.CORPORATE;
            p.county = county();
            p.city = cityOf(p.county);
            // Pareto (alpha 1.5): a few large companies carry much of the commercial premium
            p.wealth = Math.min(150, Math.pow(1 - rnd.nextDouble(), -1 / 1.5));
            p.risk = Math.exp(rnd.nextGaussian() * 0.5 - 0.125);
            p.key = organisationCode(p.county.regionCode());
            return p;
        }

        private String nationalId(String region, LocalDate birth, Gender gender) {
            String date = birth.toString().replace("-", "");
            while (true) {
                int seq = 2 * (1 + rnd.nextInt(499)) + (gender == Gender.MALE ? 1 : 0) - 2;
                String body = region + date + pad(seq, 3);
                String id = body + NationalIdNumber.checkCharacter(body);
                if (ids.add(id)) {
                    return id;
                }
            }
        }

        /** A few percent of core-system exports carry the legacy 15-digit form or a lower-case x. */
        private String writtenForm(String id) {
            double u = rnd.nextDouble();
            if (u < 0.03 && id.startsWith("19", 6)) {
                return id.substring(0, 6) + id.substring(8, 17);
            }
            if (id.endsWith("X") && u < 0.5) {
                return id.substring(0, 17) + "x";
            }
            return id;
        }

        private String organisationCode(String region) {
            while (true) {
                // GB 11714 organisation code: 8 digits and its MOD 11 check character
                int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
                StringBuilder body = new StringBuilder(8);
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    int d = rnd.nextInt(10);
                    body.append(d);
                    sum += d * w[i];
                }
                int c = 11 - sum % 11;
                String first17 = "91" + region + body + (c == 10 ? "X" : c == 11 ? "0" : Integer.toString(c));
                String code = first17 + OrganisationCode.checkCharacter(first17);
                if (orgCodes.add(code)) {
                    return code;
                }
            }
        }

        private String mobile() {
            while (true) {
                String m = ReferenceData.MOBILE_PREFIXES[rnd.nextInt(ReferenceData.MOBILE_PREFIXES.length)]
                        + pad(rnd.nextInt(100_000_000), 8);
                if (mobiles.add(m)) {
                    return m;
                }
            }
        }

        private String surname() {
            return rnd.nextDouble() < 0.01 ? ReferenceData.COMPOUND_SURNAMES[rnd.nextInt(ReferenceData.COMPOUND_SURNAMES.length)]
                    : ReferenceData.SURNAMES[(int) (ReferenceData.SURNAMES.length * Math.pow(rnd.nextDouble(), 1.6))];
        }

        private String givenName(Gender g) {
            String[] chars = g == Gender.MALE ? ReferenceData.MALE_GIVEN : ReferenceData.FEMALE_GIVEN;
            String name = chars[rnd.nextInt(chars.length)];
            return rnd.nextDouble() < 0.7 ? name + chars[rnd.nextInt(chars.length)] : name;
        }

        /** Builds and emits the customer row, then its policies, claims and interactions. */
        private void book(Person p) {
            Province province = provinceOf(p.city);
            p.branchCode = rnd.nextDouble() < 0.85 ? countyBranch(p.county) : cityBranch(p.city);
            Address home = address(province, p.city, p.county);
            CustomerRow row;
            if (p.kind == CustomerKind.CORPORATE) {
                String[] industry = ReferenceData.INDUSTRIES[rnd.nextInt(ReferenceData.INDUSTRIES.length)];
                String brand = ReferenceData.BRAND[rnd.nextInt(ReferenceData.BRAND.length)];
                p.mobile = chance(0.6) ? mobile() : null;
                String email = chance(0.5) ? latin() + "@" + latin() + rnd.nextInt(1000) + ".com.cn" : null;
                row = new CustomerRow(CustomerKind.CORPORATE, p.city.name() + "市" + brand + industry[1] + "有限公司",
                        null, p.key, null, null, null, null, null, p.mobile, email, null, null, null, null, null,
                        industry[0], home, null, chance(0.9) ? phone(p.city) : null, null,
                        chance(0.4) ? phone(p.city) : null, null, p.branchCode, null, null);
            } else {
                row = individualRow(p, province, home);
            }
            emitted++;
            count(ImportKind.CUSTOMERS);
            sink.customer(row);
            if (p.kind == CustomerKind.CORPORATE) {
                corporatePolicies(p);
            } else if (p.age >= 18) {
                individualPolicies(p);
            }
            contacts(p);
            if (p.policies > 0 && samples.size() < MAX_SAMPLES
                    && (p.claims > 0 || (!p.key.equals(p.idAsWritten) && p.idAsWritten != null))) {
                samples.add(new SampleCustomer(p.kind, p.key, p.idAsWritten, p.mobile, p.firstPlate, p.firstPolicy,
                        p.policies, p.claims, p.householdCode));
            }
        }

        private CustomerRow individualRow(Person p, Province province, Address home) {
            boolean adult = p.age >= 18;
            Education education = adult ? education(p.age) : null;
            double schooling = education == null ? 1 : switch (education) {
                case BACHELOR -> 1.6;
                case MASTER, DOCTORATE -> 2.6;
                case PRIMARY, JUNIOR_SECONDARY -> 0.6;
                default -> 1.0;
            };
            p.wealth *= schooling;
            Occupation occ = occupation(p.age);
            boolean employed = occ.department() != null || "个体经营者".equals(occ.name());
            String employer = employed && occ.department() != null ? company(p.city) : null;
            Address work = employer == null ? null : address(province, p.city, p.city.counties()
                    .get(rnd.nextInt(p.city.counties().size())));
            p.mobile = p.age >= 16 && chance(p.age > 70 ? 0.8 : 0.97) ? mobile() : null;
            String email = adult && chance(education.ordinal() >= Education.BACHELOR.ordinal() ? 0.6 : 0.25)
                    ? email() : null;
            MaritalStatus marital = p.relationship == Relationship.HEAD || p.relationship == Relationship.SPOUSE
                    ? MaritalStatus.MARRIED : marital(p.age);
            String nativePlace = nativePlace(p.key, province, p.city);
            return new CustomerRow(CustomerKind.INDIVIDUAL, p.surname + givenName(p.gender), p.idAsWritten, null,
                    p.gender, p.birth, nativePlace, marital, education, p.mobile, email, employer,
                    employer == null ? null : occ.department(), employer == null ? null : occ.position(), occ.name(),
                    occ.occupationClass(), employed ? occ.industry() : null, work, home,
                    work != null && chance(0.4) ? phone(p.city) : null, chance(0.3) ? phone(p.city) : null, null,
                    adult && chance(0.2) ? lifeSituation() : null, p.branchCode, p.householdCode, p.relationship);
        }

        private String nativePlace(String id, Province province, City city) {
            for (ReferenceData.Origin o : ReferenceData.ORIGINS) {
                if (id.startsWith(o.regionCode())) {
                    return o.nativePlace();
                }
            }
            return province.name() + city.name();
        }

        private Education education(int age) {
            double[] w = age >= 55 ? new double[] {0.2, 0.35, 0.22, 0.1, 0.1, 0.025, 0.005}
                    : new double[] {0.04, 0.17, 0.2, 0.17, 0.32, 0.08, 0.02};
            return Education.values()[pickIndex(w)];
        }

        private MaritalStatus marital(int age) {
            if (age < 18) {
                return MaritalStatus.SINGLE;
            }
            double married = age < 25 ? 0.15 : age < 35 ? 0.6 : 0.8;
            double u = rnd.nextDouble();
            if (u < married) {
                return MaritalStatus.MARRIED;
            }
            if (age >= 65 && u < married + 0.12) {
                return MaritalStatus.WIDOWED;
            }
            return age >= 30 && u < married + 0.2 ? MaritalStatus.DIVORCED : MaritalStatus.SINGLE;
        }

        private Occupation occupation(int age) {
            if (age < 6) {
                return ReferenceData.PRESCHOOL;
            }
            if (age < 18 || (age <= 22 && chance(0.5))) {
                return ReferenceData.STUDENT;
            }
            if (age >= 60 && chance(0.75)) {
                return ReferenceData.RETIRED;
            }
            List<Occupation> all = ReferenceData.OCCUPATIONS;
            // office classes are the most common: bias towards the head of the (class-ordered) list
            return all.get((int) (all.size() * Math.pow(rnd.nextDouble(), 1.5)));
        }

        private String company(City city) {
            String[] industry = ReferenceData.INDUSTRIES[rnd.nextInt(ReferenceData.INDUSTRIES.length)];
            return city.name() + ReferenceData.BRAND[rnd.nextInt(ReferenceData.BRAND.length)] + industry[1] + "有限公司";
        }

        private Address address(Province p, City c, County k) {
            String line = ReferenceData.STREETS[rnd.nextInt(ReferenceData.STREETS.length)] + (1 + rnd.nextInt(400))
                    + "号" + (1 + rnd.nextInt(20)) + "栋" + (1 + rnd.nextInt(30)) + pad(1 + rnd.nextInt(8), 2) + "室";
            return new Address(p.name() + "省", c.name() + "市", k.name(), line, c.postcode());
        }

        private String phone(City c) {
            return c.areaCode() + "-" + (2 + rnd.nextInt(7)) + pad(rnd.nextInt(10_000_000), 7);
        }

        private String email() {
            if (chance(0.4)) {
                return (10_000_000L + rnd.nextLong(3_000_000_000L)) + "@qq.com";
            }
            return latin() + latin() + rnd.nextInt(10_000) + "@"
                    + ReferenceData.EMAIL_DOMAINS[rnd.nextInt(ReferenceData.EMAIL_DOMAINS.length)];
        }

        private String latin() {
            return ReferenceData.LATIN[rnd.nextInt(ReferenceData.LATIN.length)];
        }

        private static final String[] LIFE_SITUATIONS = {"已婚，育有一子，自有住房", "单身，租房，关注重疾保障",
                "已婚，两个孩子，房贷在还", "退休，与子女同住", "自雇，收入波动较大", "新购住房，考虑家财险",
                "Prefers contact on WeChat, evenings only", "客户表示\"年底再考虑\"加保", "Relocated from another province, "
                        + "wants policies transferred"};

        private String lifeSituation() {
            return LIFE_SITUATIONS[rnd.nextInt(LIFE_SITUATIONS.length)];
        }

        // ---------------------------------------------------------------- policies

        private void individualPolicies(Person p) {
            double w = p.wealth;
            int vehicles = chance(Math.min(0.85, 0.35 + 0.15 * w)) ? (chance(Math.min(0.5, 0.1 * w)) ? 2 : 1) : 0;
            if (p.age > 75) {
                vehicles = 0;
            }
            for (int v = 0; v < vehicles; v++) {
                double base = 3000 * Math.pow(w, 0.6) * uniform(0.8, 1.25);
                chain(p, ProductLine.AUTO, plate(p), base, base * uniform(25, 60), 0.85);
            }
            if (chance(0.25)) {
                double base = 400 * w * uniform(0.7, 1.4);
                chain(p, ProductLine.PROPERTY, null, base, base * 2000, 0.8);
            }
            if (chance(0.3)) {
                chain(p, ProductLine.HEALTH, null, (150 + p.age * 12) * uniform(0.8, 1.3),
                        chance(0.7) ? 2_000_000 : 500_000, 0.8);
            }
            if (chance(0.25)) {
                double base = 150 * Math.pow(w, 0.5) * uniform(0.7, 1.5);
                chain(p, ProductLine.ACCIDENT, null, base, base * 2000, 0.7);
            }
            if (p.age <= 60 && chance(Math.min(0.5, 0.1 + 0.06 * w))) {
                double premium = 6000 * w * uniform(0.6, 1.5);
                term(p, ProductLine.LIFE, premium, premium * 25, chance(0.5) ? 20 : 30, 8);
            }
            if (p.age <= 55 && chance(0.2)) {
                double premium = 4000 * Math.pow(w, 0.8) * uniform(0.7, 1.3);
                term(p, ProductLine.CRITICAL_ILLNESS, premium, Math.round(premium * 80 / 10_000) * 10_000.0,
                        Math.max(10, 70 - p.age), 8);
            }
            if (p.age >= 30 && p.age <= 60 && chance(Math.min(0.4, 0.05 + 0.04 * w))) {
                double premium = 10_000 * w * uniform(0.6, 1.5);
                term(p, ProductLine.PENSION, premium, premium * 15 * 1.2, 10 + rnd.nextInt(16), 8);
            }
            if (p.youngestChildAge >= 0 && p.youngestChildAge < 15 && chance(0.6)) {
                double premium = 5000 * Math.pow(w, 0.8) * uniform(0.7, 1.3);
                term(p, ProductLine.EDUCATION, premium, premium * 15, 18 - p.youngestChildAge,
                        Math.max(1, p.youngestChildAge));
            }
            if (chance(Math.min(0.6, 0.03 + 0.06 * w))) {
                double premium = 12_000 * w * uniform(0.5, 1.5);
                term(p, ProductLine.PARTICIPATING, premium, premium * 10, 5 + 5 * rnd.nextInt(4), 8);
            }
        }

        private void corporatePolicies(Person p) {
            double w = p.wealth;
            if (chance(0.85)) {
                double base = 5000 * w * uniform(0.7, 1.3);
                chain(p, ProductLine.PROPERTY, null, base, base * 1250, 0.85);
            }
            int fleet = w > 2 ? Math.min(25, 1 + (int) (w * 1.5)) : rnd.nextInt(4);
            for (int v = 0; v < fleet; v++) {
                double base = 4000 * uniform(0.8, 1.6);
                chain(p, ProductLine.AUTO, plate(p), base, base * uniform(30, 60), 0.85);
            }
            if (chance(0.5)) {
                double base = 3000 * w * uniform(0.7, 1.3);
                chain(p, ProductLine.ACCIDENT, null, base, base * 1500, 0.8);
            }
            if (chance(0.35)) {
                double base = 10_000 * w * uniform(0.7, 1.3);
                chain(p, ProductLine.HEALTH, null, base, base * 20, 0.8);
            }
        }

        /** One-year covers renewed year after year: each renewal names the policy it renews. */
        private void chain(Person p, ProductLine line, String plate, double premium, double sumInsured,
                double renewal) {
            LocalDate start = historyStart.plusDays(rnd.nextInt(historyDays + 1));
            SalesChannel channel = channel(p, line);
            String branch = branchOfSale(p);
            String previous = null;
            while (!start.isAfter(asOf)) {
                LocalDate end = start.plusYears(1).minusDays(1);
                PolicyStatus status = end.isBefore(asOf) ? PolicyStatus.EXPIRED
                        : chance(0.03) ? PolicyStatus.CANCELLED : PolicyStatus.IN_FORCE;
                previous = policy(p, line, plate, channel, branch, start, end, premium, sumInsured, status, previous);
                if (status == PolicyStatus.CANCELLED || !chance(renewal)) {
                    break;
                }
                premium *= uniform(0.93, 1.08);
                start = start.plusYears(1);
            }
        }

        /** A multi-year life-type policy bought within the last {@code maxYearsAgo} years. */
        private void term(Person p, ProductLine line, double premium, double sumInsured, int years, int maxYearsAgo) {
            LocalDate start = asOf.minusDays(rnd.nextInt(maxYearsAgo * 365));
            LocalDate end = start.plusYears(years).minusDays(1);
            PolicyStatus status = PolicyStatus.IN_FORCE;
            if (end.isBefore(asOf)) {
                status = PolicyStatus.EXPIRED;
            } else if (start.isBefore(asOf.minusYears(1))) {
                double u = rnd.nextDouble();
                status = u < 0.07 ? PolicyStatus.LAPSED : u < 0.10 ? PolicyStatus.CANCELLED : PolicyStatus.IN_FORCE;
            }
            policy(p, line, null, channel(p, line), branchOfSale(p), start, end, premium, sumInsured, status, null);
        }

        private String policy(Person p, ProductLine line, String plate, SalesChannel channel, String branch,
                LocalDate start, LocalDate end, double premium, double sumInsured, PolicyStatus status,
                String previous) {
            String number = "P" + LINE_CODES[line.ordinal()] + start.getYear() + pad(++policySeq, 9);
            boolean corporate = p.kind == CustomerKind.CORPORATE;
            String product = LINE_CODES[line.ordinal()] + (corporate ? "G" : "") + pad(1 + rnd.nextInt(3), 2);
            count(ImportKind.POLICIES);
            sink.policy(new PolicyRow(number, corporate ? null : p.key, corporate ? p.key : null, line, product, channel,
                    branch, plate, start, end, money(premium), money(Math.round(sumInsured / 100) * 100.0), status,
                    previous));
            p.policies++;
            if (p.firstPolicy == null) {
                p.firstPolicy = number;
            }
            if (plate != null && p.firstPlate == null) {
                p.firstPlate = plate;
            }
            lastPolicyNumber = number;
            claims(p, line, number, start, end, premium, sumInsured);
            LocalDate followUp = end.minusDays(rnd.nextInt(30));
            if (ONE_YEAR.contains(line) && chance(0.4) && followUp.isAfter(asOf.minusYears(2))) {
                p.contacts.add(new Contact(followUp, InteractionType.RENEWAL_FOLLOW_UP));
            }
            return number;
        }

        private String branchOfSale(Person p) {
            return chance(0.9) ? p.branchCode : cityBranch(p.city);
        }

        private SalesChannel channel(Person p, ProductLine line) {
            SalesChannel[] c;
            double[] w;
            if (p.kind == CustomerKind.CORPORATE) {
                c = new SalesChannel[] {SalesChannel.BROKER, SalesChannel.GROUP, SalesChannel.AGENT};
                w = new double[] {0.45, 0.35, 0.2};
            } else if (line == ProductLine.AUTO) {
                c = new SalesChannel[] {SalesChannel.CAR_DEALER, SalesChannel.AGENT, SalesChannel.ONLINE,
                        SalesChannel.TELEMARKETING, SalesChannel.BRANCH_COUNTER};
                w = new double[] {0.3, 0.3, 0.15, 0.15, 0.1};
            } else if (ONE_YEAR.contains(line)) {
                c = new SalesChannel[] {SalesChannel.ONLINE, SalesChannel.AGENT, SalesChannel.BANCASSURANCE,
                        SalesChannel.TELEMARKETING, SalesChannel.BRANCH_COUNTER};
                w = new double[] {0.3, 0.3, 0.2, 0.1, 0.1};
            } else {
                c = new SalesChannel[] {SalesChannel.AGENT, SalesChannel.BANCASSURANCE, SalesChannel.BROKER,
                        SalesChannel.BRANCH_COUNTER};
                w = new double[] {0.55, 0.3, 0.1, 0.05};
            }
            return c[pickIndex(w)];
        }

        /** A plate of the customer's city: 粤B1234X, 粤BA1234, 粤B12X34 or a new-energy 粤BD12345. */
        private String plate(Person p) {
            char province = provinceOf(p.city).plateChar();
            String letters = ReferenceData.PLATE_CHARS.substring(10);
            while (true) {
                StringBuilder s = new StringBuilder(8).append(province).append(p.city.plateLetter());
                double u = rnd.nextDouble();
                if (u < 0.12) {
                    s.append(chance(0.7) ? 'D' : 'F').append(pad(rnd.nextInt(100_000), 5));
                } else if (u < 0.45) {
                    s.append(pad(rnd.nextInt(10_000), 4)).append(letters.charAt(rnd.nextInt(letters.length())));
                } else if (u < 0.8) {
                    s.append(letters.charAt(rnd.nextInt(letters.length()))).append(pad(rnd.nextInt(10_000), 4));
                } else {
                    s.append(pad(rnd.nextInt(100), 2)).append(letters.charAt(rnd.nextInt(letters.length())))
                            .append(pad(rnd.nextInt(100), 2));
                }
                String plate = s.toString();
                if (plates.add(plate)) {
                    return plate;
                }
            }
        }

        // ---------------------------------------------------------------- claims

        private void claims(Person p, ProductLine line, String policyNumber, LocalDate start, LocalDate end,
                double premium, double sumInsured) {
            LocalDate from = start.isBefore(historyStart) ? historyStart : start;
            LocalDate to = end.isAfter(asOf) ? asOf : end;
            long days = ChronoUnit.DAYS.between(from, to);
            if (days <= 0) {
                return;
            }
            boolean group = p.kind == CustomerKind.CORPORATE && (line == ProductLine.HEALTH || line == ProductLine.ACCIDENT);
            double rate = group ? (line == ProductLine.HEALTH ? 0.6 : 0.3) : CLAIM_RATES[line.ordinal()];
            int n = poisson(rate * p.risk * days / 365.0);
            for (int i = 0; i < n; i++) {
                claim(p, line, policyNumber, from.plusDays(rnd.nextLong(days + 1)), premium, sumInsured, group);
            }
        }

        private void claim(Person p, ProductLine line, String policyNumber, LocalDate loss, double premium,
                double sumInsured, boolean group) {
            LocalDate reported = min(loss.plusDays((long) (rnd.nextExponential() * 4) + rnd.nextInt(3)), asOf);
            double claimed = switch (line) {
                case LIFE, CRITICAL_ILLNESS -> sumInsured;
                case EDUCATION, PARTICIPATING, PENSION -> premium * uniform(1, 3);
                default -> Math.min(sumInsured, Math.exp(Math.log(SEVERITY[line.ordinal()] * (group ? 0.5 : 1)
                        * (p.kind == CustomerKind.CORPORATE && line == ProductLine.PROPERTY ? p.wealth * 4 : 1))
                        + rnd.nextGaussian() * 1.1));
            };
            claimed = Math.max(claimed, 200 + rnd.nextInt(300));
            boolean litigation = chance(claimed > 100_000 ? 0.08 : 0.008);
            LocalDate settled = reported.plusDays(3 + (long) (rnd.nextExponential() * (litigation ? 200 : 25)));
            ClaimStatus status;
            Double paid = null;
            if (settled.isAfter(asOf)) {
                settled = null;
                long open = ChronoUnit.DAYS.between(reported, asOf);
                status = open < 5 ? ClaimStatus.REPORTED : chance(0.2) ? ClaimStatus.APPROVED : ClaimStatus.UNDER_REVIEW;
            } else {
                double u = rnd.nextDouble();
                status = u < 0.82 ? ClaimStatus.PAID : u < 0.94 ? ClaimStatus.DENIED : ClaimStatus.WITHDRAWN;
                if (status == ClaimStatus.PAID) {
                    paid = claimed * (chance(0.05) ? uniform(1.0, 1.05) : uniform(0.55, 1.0));
                }
            }
            String number = "C" + reported.getYear() + pad(++claimSeq, 9);
            String[] causes = CAUSES[line.ordinal()];
            count(ImportKind.CLAIMS);
            sink.claim(new ClaimRow(number, policyNumber, loss, reported, settled, money(claimed),
                    paid == null ? null : money(paid), status, litigation, causes[rnd.nextInt(causes.length)]));
            p.claims++;
            if (chance(0.6)) {
                p.contacts.add(new Contact(reported, InteractionType.CLAIM_SERVICE));
            }
            if (status == ClaimStatus.DENIED && chance(0.3)) {
                p.contacts.add(new Contact(settled.plusDays(1 + rnd.nextInt(20)), InteractionType.COMPLAINT));
            }
        }

        // ---------------------------------------------------------------- interactions

        private void contacts(Person p) {
            if (p.kind == CustomerKind.INDIVIDUAL && p.age < 18) {
                return;
            }
            int base = poisson(1.6 + Math.min(p.wealth, 6) * 0.5);
            InteractionType[] types = {InteractionType.INQUIRY, InteractionType.SERVICE_REQUEST,
                    InteractionType.CARE_CALL, InteractionType.SALES, InteractionType.OUTBOUND_MESSAGE,
                    InteractionType.CARE_VISIT, InteractionType.EVENT, InteractionType.COMPLAINT};
            double vip = p.wealth > 3 ? 0.08 : 0.01;
            double[] weights = {0.25, 0.2, 0.2, 0.12, 0.13, vip, vip, 0.02};
            for (int i = 0; i < base; i++) {
                p.contacts.add(new Contact(asOf.minusDays(1 + rnd.nextInt(730)), types[pickIndex(weights)]));
            }
            p.contacts.sort(Comparator.comparing(Contact::date));
            for (Contact c : p.contacts) {
                if (!c.date().isBefore(asOf)) {
                    continue;
                }
                InteractionChannel channel = contactChannel(c.type());
                String staff = switch (channel) {
                    case CALL_CENTRE -> "CC" + pad(1 + rnd.nextInt(400), 4);
                    case VISIT, BRANCH_COUNTER, BANCASSURANCE, SEMINAR, VIP_CLUB_EVENT, LETTER ->
                            "AM" + p.branchCode.substring(2) + "-" + pad(1 + rnd.nextInt(30), 2);
                    default -> null;
                };
                String prefix = switch (channel) {
                    case CALL_CENTRE -> "CCS-";
                    case WEB, MOBILE_APP, SELF_SERVICE, WECHAT -> "DIG-";
                    case SMS, EMAIL, LETTER -> "MSG-";
                    default -> "CRM-";
                };
                String[] summaries = SUMMARIES[c.type().ordinal()];
                boolean corporate = p.kind == CustomerKind.CORPORATE;
                count(ImportKind.INTERACTIONS);
                sink.interaction(new InteractionRow(prefix + pad(++contactSeq, 10), corporate ? null : p.key,
                        corporate ? p.key : null, channel, c.type(),
                        c.date().atTime(8 + rnd.nextInt(12), rnd.nextInt(60), rnd.nextInt(60)).atZone(ZONE).toInstant(),
                        staff, summaries[rnd.nextInt(summaries.length)]));
            }
        }

        private InteractionChannel contactChannel(InteractionType type) {
            InteractionChannel[] c = switch (type) {
                case INQUIRY -> new InteractionChannel[] {InteractionChannel.CALL_CENTRE, InteractionChannel.WEB,
                        InteractionChannel.MOBILE_APP, InteractionChannel.WECHAT, InteractionChannel.BRANCH_COUNTER};
                case SERVICE_REQUEST -> new InteractionChannel[] {InteractionChannel.BRANCH_COUNTER,
                        InteractionChannel.MOBILE_APP, InteractionChannel.SELF_SERVICE, InteractionChannel.WEB};
                case CARE_CALL, RENEWAL_FOLLOW_UP -> new InteractionChannel[] {InteractionChannel.CALL_CENTRE,
                        InteractionChannel.CALL_CENTRE, InteractionChannel.WECHAT, InteractionChannel.SMS};
                case CARE_VISIT -> new InteractionChannel[] {InteractionChannel.VISIT};
                case SALES -> new InteractionChannel[] {InteractionChannel.VISIT, InteractionChannel.BRANCH_COUNTER,
                        InteractionChannel.BANCASSURANCE, InteractionChannel.SEMINAR};
                case CLAIM_SERVICE -> new InteractionChannel[] {InteractionChannel.CALL_CENTRE,
                        InteractionChannel.MOBILE_APP, InteractionChannel.CALL_CENTRE};
                case COMPLAINT -> new InteractionChannel[] {InteractionChannel.CALL_CENTRE, InteractionChannel.LETTER,
                        InteractionChannel.EMAIL, InteractionChannel.BRANCH_COUNTER};
                case EVENT -> new InteractionChannel[] {InteractionChannel.VIP_CLUB_EVENT, InteractionChannel.SEMINAR};
                case OUTBOUND_MESSAGE -> new InteractionChannel[] {InteractionChannel.SMS, InteractionChannel.EMAIL,
                        InteractionChannel.WECHAT};
            };
            return c[rnd.nextInt(c.length)];
        }

        // ---------------------------------------------------------------- bad rows

        /** A handful of rows an importer must reject, each for one clear reason, keyed apart from good rows. */
        private void badRows(Person near) {
            String body = "11010119800101123";
            char wrong = NationalIdNumber.checkCharacter(body) == '0' ? '1' : '0';
            CustomerRow template = new CustomerRow(CustomerKind.INDIVIDUAL, "坏数据", body + wrong, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, near.branchCode, null, null);
            String strangerId = nationalId("110101", LocalDate.of(1985, 5, 5), Gender.MALE);
            String otherStranger = nationalId("110101", LocalDate.of(1986, 6, 6), Gender.FEMALE);
            badCustomer(template);
            badCustomer(new CustomerRow(CustomerKind.INDIVIDUAL, "坏数据", strangerId, null, null, null, null, null,
                    null, "1234567", null, null, null, null, null, null, null, null, null, null, null, null, null,
                    near.branchCode, null, null));
            badCustomer(new CustomerRow(CustomerKind.INDIVIDUAL, "坏数据", null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    near.branchCode, null, null));

            BigDecimal hundred = new BigDecimal("100.00");
            String holder = near.kind == CustomerKind.CORPORATE ? null : near.key;
            String org = near.kind == CustomerKind.CORPORATE ? near.key : null;
            badPolicy(new PolicyRow("PBAD000000001", otherStranger, null, ProductLine.ACCIDENT, "AC01",
                    SalesChannel.ONLINE, near.branchCode, null, asOf.minusDays(10), asOf.plusYears(1), hundred, hundred,
                    PolicyStatus.IN_FORCE, null));
            badPolicy(new PolicyRow("PBAD000000002", holder, org, ProductLine.ACCIDENT, "AC01", SalesChannel.ONLINE,
                    near.branchCode, null, asOf.minusDays(10), asOf.minusDays(20), hundred, hundred,
                    PolicyStatus.IN_FORCE, null));
            badPolicy(new PolicyRow("PBAD000000003", holder, org, ProductLine.ACCIDENT, "AC01", SalesChannel.ONLINE,
                    near.branchCode, null, asOf.minusDays(10), asOf.plusYears(1), hundred.negate(), hundred,
                    PolicyStatus.IN_FORCE, null));

            badClaim(new ClaimRow("CBAD000000001", "PNOSUCHPOLICY", asOf.minusDays(5), asOf.minusDays(4), null,
                    hundred, null, ClaimStatus.REPORTED, false, "未知保单"));
            if (lastPolicyNumber != null) {
                badClaim(new ClaimRow("CBAD000000002", lastPolicyNumber, asOf.minusDays(5), asOf.minusDays(9), null,
                        hundred, null, ClaimStatus.REPORTED, false, "报案早于出险"));
            }

            badInteraction(new InteractionRow("BAD-0000000001", holder, org, "CARRIER_PIGEON", InteractionType.INQUIRY,
                    asOf.atStartOfDay(ZONE).minusDays(1).toInstant(), null, "未知渠道"));
            badInteraction(new InteractionRow("BAD-0000000002", strangerId, null, InteractionChannel.CALL_CENTRE,
                    InteractionType.INQUIRY, asOf.atStartOfDay(ZONE).minusDays(1).toInstant(), null, "未知客户"));
        }

        private void badCustomer(CustomerRow row) {
            bad.merge(ImportKind.CUSTOMERS, 1L, Long::sum);
            count(ImportKind.CUSTOMERS);
            sink.customer(row);
        }

        private void badPolicy(PolicyRow row) {
            bad.merge(ImportKind.POLICIES, 1L, Long::sum);
            count(ImportKind.POLICIES);
            sink.policy(row);
        }

        private void badClaim(ClaimRow row) {
            bad.merge(ImportKind.CLAIMS, 1L, Long::sum);
            count(ImportKind.CLAIMS);
            sink.claim(row);
        }

        private void badInteraction(InteractionRow row) {
            bad.merge(ImportKind.INTERACTIONS, 1L, Long::sum);
            count(ImportKind.INTERACTIONS);
            sink.interaction(row);
        }

        // ---------------------------------------------------------------- helpers

        private void branch(BranchRow row) {
            count(ImportKind.BRANCHES);
            sink.branch(row);
        }

        private void count(ImportKind kind) {
            rows.merge(kind, 1L, Long::sum);
        }

        private static final double[] AGE_BANDS = {0.2, 0.25, 0.24, 0.17, 0.1, 0.04};

        /** An age in [min, max], shaped like an insured adult population (most in their 30s and 40s). */
        private int drawAge(int min, int max) {
            while (true) {
                int band = pickIndex(AGE_BANDS);
                int age = band == 0 ? 18 + rnd.nextInt(12) : 20 + band * 10 + rnd.nextInt(band == 5 ? 11 : 10);
                if (age >= min && age <= max) {
                    return age;
                }
            }
        }

        private Gender randomGender() {
            return rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        }

        private Gender other(Gender g) {
            return g == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        }

        private boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        private double uniform(double from, double to) {
            return from + (to - from) * rnd.nextDouble();
        }

        private int pickIndex(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double u = rnd.nextDouble() * total;
            for (int i = 0; i < weights.length - 1; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private int poisson(double mean) {
            double l = Math.exp(-mean);
            double prod = rnd.nextDouble();
            int n = 0;
            while (prod > l) {
                prod *= rnd.nextDouble();
                n++;
            }
            return n;
        }
    }

    private static final List<ProductLine> ONE_YEAR = List.of(ProductLine.AUTO, ProductLine.PROPERTY, ProductLine.HEALTH,
            ProductLine.ACCIDENT);
    /** By {@link ProductLine} ordinal. */
    private static final String[] LINE_CODES = {"AU", "PR", "LF", "HL", "AC", "PN", "ED", "CI", "PT"};
    /** Expected claims per policy-year, by line (individual covers). */
    private static final double[] CLAIM_RATES = {0.16, 0.05, 0.003, 0.12, 0.05, 0, 0.002, 0.006, 0.003};
    /** Median claimed amount in CNY, by line, for lines paid by indemnity. */
    private static final double[] SEVERITY = {3500, 12_000, 0, 6000, 2500, 0, 0, 0, 0};
    private static final String[][] CAUSES = {
            {"追尾碰撞", "停车刮擦", "玻璃破碎", "暴雨涉水", "单方事故", "车辆盗抢"},
            {"火灾", "水管爆裂", "入室盗窃", "台风", "暴雨"},
            {"身故"},
            {"住院医疗", "门诊手术", "急诊"},
            {"意外骨折", "交通意外", "意外烫伤"},
            {"提前领取"},
            {"投保人豁免"},
            {"恶性肿瘤", "急性心肌梗塞", "脑中风后遗症"},
            {"身故"}};
    /** Interaction summaries by {@link InteractionType} ordinal; some carry commas, quotes or line breaks. */
    private static final String[][] SUMMARIES = {
            {"咨询保单责任范围", "咨询续保优惠, 客户表示会再比较", "Asked about the no-claim discount"},
            {"变更联系地址", "补发保单", "变更缴费账户\n已核实身份"},
            {"生日关怀电话", "节日问候", "回访满意度调查, 评分5分"},
            {"上门拜访, 介绍家庭保障方案", "年度保单检视"},
            {"推荐重疾险", "介绍分红险产品", "客户对\"养老规划\"感兴趣"},
            {"续保提醒", "续保跟进: 客户表示将续保", "续保跟进: 客户尚未决定"},
            {"报案协助", "理赔进度查询", "理赔材料补充说明"},
            {"投诉理赔时效", "投诉拒赔结论", "投诉服务态度"},
            {"VIP客户沙龙", "健康讲座"},
            {"保单到期短信", "缴费提醒", "电子保单发送"}};

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(Math.round(amount * 100), 2);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
