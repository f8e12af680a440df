package io.insurcrm.benchmarks.micro;

import io.insurcrm.core.access.Masking;
import io.insurcrm.core.access.PersonalField;
import io.insurcrm.core.access.Visibility;
import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Masking a whole customer for an actor ({@link Masking#card}, what every 360° view and list does for
 * each customer): every personal field masked (an actor at low clearance), and every field in clear
 * (the system actor, which also collects the clear fields for the audit). The baseline masks the same
 * fields by hand with substrings (name, ID number, mobile, e-mail, birth year, addresses, phones) into
 * an array, without the card record or the audit set.
 *
 * <pre>
 * java -jar benchmarks/target/insurcrm-benchmarks.jar MaskingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MaskingBenchmark {
    private static final Function<PersonalField, Visibility> MASKED = f -> Visibility.MASKED;
    private static final Function<PersonalField, Visibility> CLEAR = f -> Visibility.CLEAR;
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private Customer[] customers;
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(5);
        customers = new Customer[256];
        for (int k = 0; k < customers.length; k++) {
            LocalDate born = LocalDate.of(r.nextInt(1940, 2005), r.nextInt(1, 13), r.nextInt(1, 29));
            String body = String.format("4403%02d%04d%02d%02d%03d", r.nextInt(1, 20), born.getYear(),
                    born.getMonthValue(), born.getDayOfMonth(), r.nextInt(1000));
            customers[k] = new Customer(new CustomerId(new UUID(r.nextLong(), r.nextLong())), 1,
                    CustomerProfile.individual("王芳" + k).nationalId(body + NationalIdNumber.checkCharacter(body))
                            .mobile("138" + String.format("%08d", r.nextInt(100_000_000)))
                            .email("wang.fang" + k + "@example.com").dateOfBirth(born)
                            .homeAddress(new Address("广东", "深圳", "福田区", k + "号 2栋", "518000"))
                            .workAddress(new Address("广东", "深圳", "南山区", "科技园 " + k, "518057"))
                            .workPhone("0755-8321" + String.format("%04d", k)).employer("深圳某公司")
                            .lifeSituation("两个孩子").build(),
                    new BranchId(new UUID(r.nextLong(), r.nextLong())), T, T);
        }
    }

    private Customer next() {
        return customers[i = (i + 1) & 255];
    }

    @Benchmark
    public Masking.Masked cardMasked() {
        return Masking.card(next(), MASKED);
    }

    @Benchmark
    public Masking.Masked cardClear() {
        return Masking.card(next(), CLEAR);
    }

    @Benchmark
    public String[] baselineMasked() {
        CustomerProfile p = next().profile();
        String id = p.nationalId().value();
        String mobile = p.mobile().value();
        String email = p.email().value();
        String phone = p.workPhone();
        return new String[] {
            p.name().charAt(0) + "*",
            id.substring(0, 6) + "********" + id.substring(14),
            mobile.substring(0, 3) + "****" + mobile.substring(7),
            email.charAt(0) + "***" + email.substring(email.indexOf('@')),
            String.valueOf(p.dateOfBirth().getYear()),
            p.homeAddress().province() + p.homeAddress().city(),
            p.workAddress().province() + p.workAddress().city(),
            "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4)
        };
    }
}
