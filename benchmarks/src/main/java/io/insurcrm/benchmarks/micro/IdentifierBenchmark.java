package io.insurcrm.benchmarks.micro;

import io.insurcrm.core.common.UuidV7Generator;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.view.CustomerLookup;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Hot paths of every import row and every lookup: ID-number validation and normalisation, mobile
 * parsing, masking, reading a typed identifier for a 360° lookup, id generation. Each has a baseline doing the least work the same answer needs
 * (e.g. a bare check-digit loop), so the overhead of the value types shows as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierBenchmark {
    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] C = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private String[] ids18;
    private String[] messyIds;
    private String[] mobiles;
    private NationalIdNumber[] parsed;
    private MobileNumber[] parsedMobiles;
    private String[] typed;
    private int i;
    private UuidV7Generator uuids;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        ids18 = new String[1024];
        messyIds = new String[1024];
        mobiles = new String[1024];
        parsed = new NationalIdNumber[1024];
        parsedMobiles = new MobileNumber[1024];
        typed = new String[1024];
        for (int k = 0; k < ids18.length; k++) {
            String body = String.format("4403%02d%04d%02d%02d%03d", r.nextInt(1, 20), r.nextInt(1940, 2005),
                    r.nextInt(1, 13), r.nextInt(1, 29), r.nextInt(1000));
            ids18[k] = body + NationalIdNumber.checkCharacter(body);
            messyIds[k] = " " + ids18[k].substring(0, 6) + " " + ids18[k].substring(6).toLowerCase() + " ";
            mobiles[k] = "+86 13" + r.nextInt(0, 10) + " " + String.format("%04d %04d", r.nextInt(10000),
                    r.nextInt(10000));
            parsed[k] = NationalIdNumber.parse(ids18[k]);
            parsedMobiles[k] = MobileNumber.parse(mobiles[k]);
            // what a user types into the 360° search box: an ID number, a mobile, a plate or a policy number
            typed[k] = switch (k & 3) {
                case 0 -> ids18[k];
                case 1 -> mobiles[k];
                case 2 -> "粤B" + String.format("%05d", r.nextInt(100000));
                default -> "PAU2025" + String.format("%09d", r.nextInt(1_000_000_000));
            };
        }
        uuids = new UuidV7Generator(Clock.systemUTC());
    }

    private int next() {
        return i = (i + 1) & 1023;
    }

    @Benchmark
    public NationalIdNumber parseCanonicalId() {
        return NationalIdNumber.parse(ids18[next()]);
    }

    @Benchmark
    public NationalIdNumber parseMessyId() {
        return NationalIdNumber.parse(messyIds[next()]);
    }

    /** Baseline: only the GB 11643 check-digit loop over an already clean string. */
    @Benchmark
    public boolean baselineCheckDigitOnly() {
        String s = ids18[next()];
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (s.charAt(k) - '0') * W[k];
        }
        return C[sum % 11] == s.charAt(17);
    }

    @Benchmark
    public MobileNumber parseMobile() {
        return MobileNumber.parse(mobiles[next()]);
    }

    @Benchmark
    public String maskId() {
        return parsed[next()].masked();
    }

    @Benchmark
    public String maskMobile() {
        return parsedMobiles[next()].masked();
    }

    /** The parsing step of every 360° lookup by typed text: which identifier kinds the text can be. */
    @Benchmark
    public List<CustomerLookup> lookupCandidates() {
        return CustomerLookup.candidates(typed[next()]);
    }

    @Benchmark
    public UUID uuidV7() {
        return uuids.next();
    }

    /** Baseline: the JDK's random (v4) UUID. */
    @Benchmark
    public UUID baselineRandomUuid() {
        return UUID.randomUUID();
    }
}
