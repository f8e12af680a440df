package io.insurcrm.testing;

import io.insurcrm.core.importing.ImportKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a {@link SyntheticBook} produced: rows per file, how many of them are deliberately bad (zero
 * unless asked for), and sample customers with identifiers to look up.
 *
 * @param rows    rows written per kind, bad rows included
 * @param badRows deliberately invalid rows per kind, which an importer should reject
 * @param samples customers with policies, most of them with claims, in generation order
 */
public record BookManifest(long seed, int customers, LocalDate asOf, Map<ImportKind, Long> rows,
        Map<ImportKind, Long> badRows, List<SampleCustomer> samples) {

    public BookManifest {
        Objects.requireNonNull(asOf, "asOf");
        rows = Map.copyOf(new EnumMap<>(rows));
        badRows = Map.copyOf(new EnumMap<>(badRows));
        samples = List.copyOf(samples);
    }

    /** Rows written to the file of {@code kind}, bad rows included. */
    public long rows(ImportKind kind) {
        return rows.getOrDefault(kind, 0L);
    }

    /** Rows of {@code kind} an importer should accept. */
    public long goodRows(ImportKind kind) {
        return rows(kind) - badRows.getOrDefault(kind, 0L);
    }

    /** Licence plates of sample customers (insured vehicles whose holder has claims). */
    public List<String> licencePlates() {
        return values(s -> s.licencePlate() != null && s.claims() > 0, SampleCustomer::licencePlate);
    }

    /** Canonical 18-character ID numbers of sample individuals. */
    public List<String> nationalIds() {
        return values(s -> s.nationalIdAsWritten() != null, SampleCustomer::key);
    }

    /** ID numbers as written in customers.csv in a non-canonical form (15 digits or lower-case x). */
    public List<String> nonCanonicalNationalIds() {
        return values(SampleCustomer::writtenInNonCanonicalForm, SampleCustomer::nationalIdAsWritten);
    }

    /** Mobiles of sample customers. */
    public List<String> mobiles() {
        return values(s -> s.mobile() != null, SampleCustomer::mobile);
    }

    /** A policy number of each sample customer. */
    public List<String> policyNumbers() {
        return values(s -> true, SampleCustomer::policyNumber);
    }

    /** The first sample that matches. */
    public Optional<SampleCustomer> sample(Predicate<SampleCustomer> filter) {
        return samples.stream().filter(filter).findFirst();
    }

    private List<String> values(Predicate<SampleCustomer> filter, Function<SampleCustomer, String> value) {
        return samples.stream().filter(filter).map(value).toList();
    }
}
