package io.insurcrm.storage.outbox;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import java.time.Instant;

/** A branch and customers for the outbox tests. */
final class OutboxFixtures {
    static final Actor ACTOR = Actor.system("outbox-test");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private OutboxFixtures() {
    }

    static BranchId branch(InsurCrm crm) {
        return crm.branches().create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国").id();
    }

    /** A valid ID number for n in 0..999. */
    static NationalIdNumber nationalId(int n) {
        String first17 = String.format("440305198001%02d%03d", 1 + n / 1000, n % 1000);
        return new NationalIdNumber(first17 + NationalIdNumber.checkCharacter(first17));
    }

    static CustomerProfile profile(int n) {
        return CustomerProfile.individual("客户" + n).nationalId(nationalId(n)).mobile(String.format("139%08d", n))
                .build();
    }

    static Customer customer(InsurCrm crm, int n, BranchId branch) {
        return crm.customers().create(ACTOR, profile(n), branch);
    }
}
