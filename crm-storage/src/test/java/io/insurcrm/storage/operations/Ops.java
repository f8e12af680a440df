package io.insurcrm.storage.operations;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Shared fixtures of the operational tests: a branch tree, valid identifiers, customers and policies. */
final class Ops {
    static final Actor ACTOR = Actor.system("ops-test");

    private Ops() {
    }

    /** HO → GD (province) → SZ (city) → NS (county), and HO → BJ (province): code → branch. */
    static Map<String, Branch> branchTree(InsurCrm crm) {
        Map<String, Branch> b = new TreeMap<>();
        b.put("HO", crm.branches().create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国"));
        b.put("GD", crm.branches().create(ACTOR, "GD", "广东分公司", BranchLevel.PROVINCE, "HO", "广东"));
        b.put("SZ", crm.branches().create(ACTOR, "SZ", "深圳中心支公司", BranchLevel.CITY, "GD", "广东"));
        b.put("NS", crm.branches().create(ACTOR, "NS", "南山支公司", BranchLevel.COUNTY, "SZ", "广东"));
        b.put("BJ", crm.branches().create(ACTOR, "BJ", "北京分公司", BranchLevel.PROVINCE, "HO", "北京"));
        return b;
    }

    /** A valid 18-character ID number of someone born on {@code birth} with sequence {@code seq} (0..999). */
    static NationalIdNumber nationalId(LocalDate birth, int seq) {
        String first17 = String.format("440305%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        return new NationalIdNumber(first17 + NationalIdNumber.checkCharacter(first17));
    }

    /** A distinct valid ID number for any n in 0..364_999. */
    static NationalIdNumber nationalId(int n) {
        return nationalId(LocalDate.of(1960, 1, 1).plusDays(n / 1000), n % 1000);
    }

    static String mobile(int n) {
        return String.format("139%08d", n);
    }

    static Customer customer(InsurCrm crm, int n, BranchId branch) {
        return crm.customers().create(ACTOR, CustomerProfile.individual("客户" + n).nationalId(nationalId(n))
                .mobile(mobile(n)).build(), branch);
    }

    static Policy policy(InsurCrm crm, String number, CustomerId holder, BranchId branch, ProductLine line,
            LocalDate end, String previous) {
        return crm.policies().issue(ACTOR, new NewPolicy(number, holder, line, null, SalesChannel.AGENT, branch, null,
                end.minusYears(1).plusDays(1), end, Money.cny("1000"), null, previous));
    }
}
