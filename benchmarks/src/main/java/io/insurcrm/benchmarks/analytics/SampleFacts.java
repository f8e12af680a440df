package io.insurcrm.benchmarks.analytics;

import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.organisation.BranchId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Random but plausible facts rows (amounts in cents, counts small, many values on or near the rules'
 * thresholds) for the classification benchmark and for checking {@link HandWrittenRules} against the
 * library row by row, and their conversion to a {@link HandWrittenRules.Row}.
 */
public final class SampleFacts {
    private SampleFacts() {
    }

    public static CustomerFacts random(SplittableRandom r, LocalDate asOf) {
        long premium12 = pick(r, new long[] {0, 199_999, 200_000, 499_999, 500_000, 1_999_999, 2_000_000}, 3_000_000);
        long prev12 = pick(r, new long[] {0, 166_667, 166_666, 200_000, 400_000}, 3_000_000);
        long earned36 = pick(r, new long[] {0, 49_999, 50_000, 100_000}, 6_000_000);
        long paid36 = r.nextInt(4) == 0 ? 0 : pick(r, new long[] {earned36, 2 * earned36, 3 * earned36 / 10}, 6_000_000);
        long earned12 = r.nextLong(0, earned36 + 1);
        long paid12 = r.nextLong(0, paid36 + 1);
        int interactions12 = r.nextInt(0, 12);
        long serviceCost = interactions12 * 2_000L;
        long profit12 = earned12 - paid12 - serviceCost;
        int inForce = r.nextInt(0, 5);
        int ended = r.nextInt(0, 5);
        int personal = r.nextInt(0, Math.max(1, interactions12 / 2 + 1));
        int digital = r.nextInt(0, interactions12 - personal + 1);
        LocalDate firstStart = r.nextInt(10) == 0 ? null : asOf.minusDays(r.nextInt(1, 4_000));
        LocalDate lastLoss = r.nextInt(3) == 0 ? null : asOf.minusDays(r.nextInt(0, 2_000));
        Instant lastContact = r.nextInt(5) == 0 ? null
                : asOf.minusDays(pick(r, new long[] {0, 179, 180, 364, 365, 366}, 800)).atTime(r.nextInt(24), 0)
                        .atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        long book = pick(r, new long[] {0, premium12 * 1000, premium12 * 1000 + 1}, 10_000_000_000L);
        return new CustomerFacts(new CustomerId(new UUID(r.nextLong(), r.nextLong())),
                new BranchId(new UUID(r.nextLong(), r.nextLong())), CustomerKind.INDIVIDUAL, asOf,
                money(premium12), money(prev12), money(premium12 / 2), inForce + r.nextInt(0, 3), inForce,
                Math.min(inForce, r.nextInt(0, 4)), r.nextInt(0, inForce + 1), firstStart, money(earned12),
                money(earned36), r.nextInt(0, 8), money(paid12), r.nextInt(0, 10), money(paid36), r.nextInt(0, 3),
                r.nextInt(5) == 0 ? 1 : 0, lastLoss, ended, r.nextInt(0, ended + 1), r.nextInt(0, 2),
                r.nextInt(0, 2), r.nextInt(0, 4), interactions12, personal, digital,
                r.nextInt(0, interactions12 - personal - digital + 1), lastContact, money(serviceCost),
                money(profit12), money(book));
    }

    /** The same facts as the hand-written rules read them (amounts in cents, the last contact as a date in {@code zone}). */
    public static HandWrittenRules.Row row(CustomerFacts f, ZoneId zone) {
        HandWrittenRules.Row r = new HandWrittenRules.Row();
        r.asOf = f.asOf();
        r.premium12 = cents(f.premium12());
        r.premiumPrev12 = cents(f.premiumPrev12());
        r.earned36 = cents(f.earned36());
        r.claimsPaid36 = cents(f.claimsPaid36());
        r.profit12 = cents(f.profit12());
        r.bookPremium12 = cents(f.bookPremium12());
        r.policiesTotal = f.policiesTotal();
        r.policiesInForce = f.policiesInForce();
        r.productLinesInForce = f.productLinesInForce();
        r.intermediatedInForce = f.intermediatedInForce();
        r.firstPolicyStart = f.firstPolicyStart();
        r.claims12 = f.claims12();
        r.deniedClaims12 = f.deniedClaims12();
        r.litigation36 = f.litigation36();
        r.lastLossDate = f.lastLossDate();
        r.policiesEnded36 = f.policiesEnded36();
        r.policiesRenewed36 = f.policiesRenewed36();
        r.renewalsDue = f.renewalsDue();
        r.renewalFollowUps = f.renewalFollowUps();
        r.complaints12 = f.complaints12();
        r.personalContacts12 = f.personalContacts12();
        r.digitalContacts12 = f.digitalContacts12();
        r.advisoryContacts12 = f.advisoryContacts12();
        r.lastContactDate = f.lastContact() == null ? null : f.lastContact().atZone(zone).toLocalDate();
        return r;
    }

    private static long pick(SplittableRandom r, long[] edges, long bound) {
        return r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextLong(0, bound);
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static long cents(BigDecimal v) {
        return v.movePointRight(2).longValueExact();
    }
}
