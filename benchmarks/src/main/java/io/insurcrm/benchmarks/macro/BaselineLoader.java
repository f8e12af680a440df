package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.common.UuidV7Generator;
import io.insurcrm.core.identifier.EmailAddress;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.policy.NewPolicy;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-written import baseline: reads the same five CSV files and writes the same rows the
 * library writes (same normalisation of ID numbers, mobiles, plates and policy numbers through the
 * core's identifier types, same defaults, UUID v7 ids) into an empty database, resolving references
 * from in-memory maps of what it has written. It does none of the library's other work: no
 * idempotency (it cannot re-run a file), no per-row error report, no domain objects.
 */
final class BaselineLoader {
    private static final ZoneId FILE_ZONE = ZoneId.of("Asia/Shanghai");

    private final LoadTarget target;
    private final Book book;
    private final UuidV7Generator ids = new UuidV7Generator(Clock.systemUTC());
    private final Map<String, UUID> branches = new HashMap<>();
    private final Map<String, UUID> customers = new HashMap<>();
    private final Map<String, UUID> households = new HashMap<>();
    private final Map<String, PolicyRef> policies = new HashMap<>();
    private final Map<String, Double> secondsPerFile = new java.util.LinkedHashMap<>();
    private OffsetDateTime now;
    private long rows;

    private record PolicyRef(UUID id, UUID holder) {
    }

    BaselineLoader(LoadTarget target, Book book) {
        this.target = target;
        this.book = book;
    }

    /** Loads the five files, parents first; returns the rows read. */
    long loadAll() throws IOException, SQLException {
        timed("branches", this::branches);
        timed("customers", this::customers);
        timed("policies", this::policies);
        timed("claims", this::claims);
        timed("interactions", this::interactions);
        return rows;
    }

    /** Seconds spent on each file by the last {@link #loadAll}. */
    Map<String, Double> secondsPerFile() {
        return secondsPerFile;
    }

    @FunctionalInterface
    private interface FileWork {
        void run() throws IOException, SQLException;
    }

    private void timed(String file, FileWork work) throws IOException, SQLException {
        long start = System.nanoTime();
        work.run();
        secondsPerFile.put(file, ImportPhase.seconds(System.nanoTime() - start));
    }

    private CsvReader open(ImportKind kind) throws IOException {
        Reader r = Files.newBufferedReader(book.file(kind), StandardCharsets.UTF_8);
        return new CsvReader(r);
    }

    private void tick() {
        now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs {@code row} for every record, flushing and committing as the target wants. */
    private void each(CsvReader in, RowWork row) throws IOException, SQLException {
        tick();
        int since = 0;
        for (String[] r = in.next(); r != null; r = in.next()) {
            rows++;
            row.accept(r);
            if (target.wantsFlush(++since)) {
                target.flush();
                tick();
                since = 0;
            }
        }
        target.flush();
    }

    @FunctionalInterface
    private interface RowWork {
        void accept(String[] r) throws SQLException;
    }

    private void branches() throws IOException, SQLException {
        target.startFile();
        LoadTarget.Table branch = target.table("branch", "id", "code", "name", "branch_level", "parent_id", "region");
        try (CsvReader in = open(ImportKind.BRANCHES)) {
            int code = in.column("code"), name = in.column("name"), level = in.column("level");
            int parent = in.column("parent_code"), region = in.column("region");
            each(in, r -> {
                UUID id = ids.next();
                branches.put(r[code], id);
                branch.add(id, r[code], r[name], enumName(r[level]), r[parent] == null ? null : branches.get(r[parent]),
                        r[region]);
            });
        }
    }

    private void customers() throws IOException, SQLException {
        target.startFile();
        LoadTarget.Table customer = target.table("customer", "id", "version", "kind", "name", "gender",
                "date_of_birth", "native_place", "marital_status", "education", "national_id", "organisation_code",
                "mobile", "email", "employer", "department", "job_position", "occupation", "occupation_class",
                "industry", "work_province", "work_city", "work_district", "work_address_line", "work_postcode",
                "home_province", "home_city", "home_district", "home_address_line", "home_postcode", "work_phone",
                "home_phone", "fax", "life_situation", "branch_id", "created_at", "updated_at");
        LoadTarget.Table household = target.table("household", "id", "code");
        LoadTarget.Table member = target.table("household_member", "household_id", "customer_id", "relationship");
        try (CsvReader in = open(ImportKind.CUSTOMERS)) {
            int[] c = new int[ImportKind.CUSTOMERS.columns().size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = in.column(ImportKind.CUSTOMERS.columns().get(i));
            }
            // indexes in the order of ImportKind.CUSTOMERS.columns()
            each(in, r -> {
                String nidRaw = r[c[2]], orgRaw = r[c[3]];
                String nid = nidRaw == null ? null : NationalIdNumber.parse(nidRaw).value();
                String org = orgRaw == null ? null : OrganisationCode.parse(orgRaw).value();
                String kind = r[c[0]] != null ? enumName(r[c[0]]) : nid == null && org != null ? "CORPORATE" : "INDIVIDUAL";
                UUID id = ids.next();
                customers.put("CORPORATE".equals(kind) ? "O:" + org : "N:" + nid, id);
                customer.add(id, 1L, kind, r[c[1]], enumName(r[c[4]]), date(r[c[5]]), r[c[6]], enumName(r[c[7]]),
                        enumName(r[c[8]]), nid, org, r[c[9]] == null ? null : MobileNumber.parse(r[c[9]]).value(),
                        r[c[10]] == null ? null : EmailAddress.parse(r[c[10]]).value(), r[c[11]], r[c[12]], r[c[13]],
                        r[c[14]], r[c[15]] == null ? null : Integer.valueOf(r[c[15]]), r[c[16]], r[c[17]], r[c[18]],
                        r[c[19]], r[c[20]], r[c[21]], r[c[22]], r[c[23]], r[c[24]], r[c[25]], r[c[26]], r[c[27]],
                        r[c[28]], r[c[29]], r[c[30]], branches.get(r[c[31]]), now, now);
                String code = r[c[32]];
                if (code != null) {
                    UUID hh = households.get(code);
                    if (hh == null) {
                        hh = ids.next();
                        households.put(code, hh);
                        household.add(hh, code);
                    }
                    member.add(hh, id, enumName(r[c[33]]));
                }
            });
        }
    }

    private void policies() throws IOException, SQLException {
        target.startFile();
        LoadTarget.Table policy = target.table("policy", "id", "version", "policy_number", "holder_id",
                "product_line", "product_code", "sales_channel", "branch_id", "licence_plate", "start_date",
                "end_date", "premium", "sum_insured", "currency", "status", "previous_policy_number", "created_at",
                "updated_at");
        try (CsvReader in = open(ImportKind.POLICIES)) {
            int number = in.column("policy_number"), nid = in.column("customer_national_id");
            int org = in.column("customer_organisation_code"), line = in.column("product_line");
            int product = in.column("product_code"), channel = in.column("sales_channel");
            int branch = in.column("branch_code"), plate = in.column("licence_plate");
            int start = in.column("start_date"), end = in.column("end_date"), premium = in.column("premium");
            int sum = in.column("sum_insured"), currency = in.column("currency"), status = in.column("status");
            int previous = in.column("previous_policy_number");
            each(in, r -> {
                UUID id = ids.next();
                UUID holder = holder(r[nid], r[org]);
                String pn = NewPolicy.canonicalNumber(r[number]);
                policies.put(pn, new PolicyRef(id, holder));
                policy.add(id, 1L, pn, holder, enumName(r[line]), r[product], enumName(r[channel]),
                        branches.get(r[branch]), r[plate] == null ? null : LicencePlate.parse(r[plate]).value(),
                        date(r[start]), date(r[end]), decimal(r[premium]), decimal(r[sum]),
                        r[currency] == null ? "CNY" : r[currency].toUpperCase(Locale.ROOT),
                        r[status] == null ? "IN_FORCE" : enumName(r[status]), NewPolicy.canonicalNumber(r[previous]),
                        now, now);
            });
        }
    }

    private void claims() throws IOException, SQLException {
        target.startFile();
        LoadTarget.Table claim = target.table("claim", "id", "version", "claim_number", "policy_id", "customer_id",
                "loss_date", "reported_date", "settled_date", "claimed_amount", "paid_amount", "currency", "status",
                "litigation", "cause", "created_at", "updated_at");
        try (CsvReader in = open(ImportKind.CLAIMS)) {
            int number = in.column("claim_number"), policy = in.column("policy_number");
            int loss = in.column("loss_date"), reported = in.column("reported_date");
            int settled = in.column("settled_date"), claimed = in.column("claimed_amount");
            int paid = in.column("paid_amount"), currency = in.column("currency"), status = in.column("status");
            int litigation = in.column("litigation"), cause = in.column("cause");
            each(in, r -> {
                PolicyRef p = policies.get(NewPolicy.canonicalNumber(r[policy]));
                claim.add(ids.next(), 1L, r[number], p.id(), p.holder(), date(r[loss]), date(r[reported]),
                        date(r[settled]), decimal(r[claimed]), decimal(r[paid]),
                        r[currency] == null ? "CNY" : r[currency].toUpperCase(Locale.ROOT),
                        r[status] == null ? "REPORTED" : enumName(r[status]),
                        r[litigation] != null && isTrue(r[litigation]), r[cause], now, now);
            });
        }
    }

    private void interactions() throws IOException, SQLException {
        target.startFile();
        LoadTarget.Table interaction = target.table("interaction", "id", "customer_id", "channel",
                "interaction_type", "occurred_at", "staff_id", "summary", "source_ref", "recorded_at");
        try (CsvReader in = open(ImportKind.INTERACTIONS)) {
            int ref = in.column("source_ref"), nid = in.column("customer_national_id");
            int org = in.column("customer_organisation_code"), channel = in.column("channel");
            int type = in.column("type"), occurred = in.column("occurred_at"), staff = in.column("staff_id");
            int summary = in.column("summary");
            each(in, r -> interaction.add(ids.next(), holder(r[nid], r[org]), enumName(r[channel]),
                    enumName(r[type]), instant(r[occurred]).atOffset(ZoneOffset.UTC), r[staff], r[summary], r[ref],
                    now));
        }
    }

    private UUID holder(String nid, String org) {
        return nid != null ? customers.get("N:" + NationalIdNumber.parse(nid).value())
                : customers.get("O:" + OrganisationCode.parse(org).value());
    }

    private static String enumName(String raw) {
        return raw == null ? null : raw.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static LocalDate date(String raw) {
        return raw == null ? null : LocalDate.parse(raw);
    }

    private static BigDecimal decimal(String raw) {
        return raw == null ? null : new BigDecimal(raw);
    }

    private static boolean isTrue(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("1") || s.equals("y") || s.equals("yes");
    }

    private static Instant instant(String raw) {
        if (raw.endsWith("Z") || raw.endsWith("z")) {
            return Instant.parse(raw.toUpperCase(Locale.ROOT));
        }
        String s = raw.replace(' ', 'T');
        int t = s.indexOf('T');
        if (t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0)) {
            return OffsetDateTime.parse(s).toInstant();
        }
        return LocalDateTime.parse(s).atZone(FILE_ZONE).toInstant();
    }
}
