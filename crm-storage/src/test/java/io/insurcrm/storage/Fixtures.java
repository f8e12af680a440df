package io.insurcrm.storage;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Valid test data: identifiers with correct check characters, a full profile, a branch tree. */
public final class Fixtures {
    public static final Actor ACTOR = Actor.system("storage-test");
    /** Microsecond precision, as both databases store it. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:30:00.123456Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /** A fresh store on the fixed {@link #CLOCK}, so written and re-read values compare equal. */
    static InsurCrm open(StoreKind kind) {
        return TestStores.builder(kind).clock(CLOCK).build();
    }

    /** A valid ID number of a man born 1980-01-01 with sequence {@code seq} (0..499). */
    static NationalIdNumber nationalId(int seq) {
        String first17 = "110101" + "19800101" + String.format("%03d", 2 * seq + 1).substring(0, 2)
                + (2 * seq + 1) % 10;
        return new NationalIdNumber(first17 + NationalIdNumber.checkCharacter(first17));
    }

    /** A valid, distinct ID number for any {@code n} >= 0 (birth dates vary). */
    public static NationalIdNumber anyNationalId(int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 500);
        String first17 = String.format("110101%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), n % 500 * 2 + 1);
        return new NationalIdNumber(first17 + NationalIdNumber.checkCharacter(first17));
    }

    public static String mobile(int n) {
        return String.format("138%08d", n);
    }

    static OrganisationCode organisationCode(int n) {
        String first17 = String.format("91110000%09d", n);
        return new OrganisationCode(first17 + OrganisationCode.checkCharacter(first17));
    }

    static CustomerProfile individual(int n) {
        return CustomerProfile.individual("张三" + n).nationalId(nationalId(n)).mobile(mobile(n)).build();
    }

    /** Every field of an individual's profile set. */
    static CustomerProfile fullIndividual(int n) {
        return CustomerProfile.individual("李四" + n)
                .nationalId(nationalId(n))
                .nativePlace("广东省广州市")
                .maritalStatus(MaritalStatus.MARRIED)
                .education(Education.MASTER)
                .mobile(mobile(n))
                .email("li.si" + n + "@example.com")
                .employer("某某科技有限公司")
                .department("研发部")
                .position("工程师")
                .occupation("软件工程师")
                .occupationClass(1)
                .industry("信息技术")
                .workAddress(new Address("广东省", "深圳市", "南山区", "科技园路1号", "518000"))
                .homeAddress(new Address("广东省", "广州市", "天河区", "体育西路2号 3栋", "510000"))
                .workPhone("0755-12345678")
                .homePhone("020-87654321")
                .fax("0755-12345679")
                .lifeSituation("已婚，一子，自有住房")
                .build();
    }

    /** head office HO → province GD → city SZ → county NS. */
    public static Branch branchTree(InsurCrm crm) {
        crm.branches().create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
        crm.branches().create(ACTOR, "GD", "广东分公司", BranchLevel.PROVINCE, "HO", "广东");
        crm.branches().create(ACTOR, "SZ", "深圳中心支公司", BranchLevel.CITY, "GD", "广东");
        return crm.branches().create(ACTOR, "NS", "南山支公司", BranchLevel.COUNTY, "SZ", "广东");
    }

    static NewPolicy autoPolicy(String number, CustomerId holder, BranchId branch, String plate, LocalDate start) {
        return new NewPolicy(number, holder, ProductLine.AUTO, "A01", SalesChannel.CAR_DEALER, branch,
                LicencePlate.parse(plate), start, start.plusYears(1).minusDays(1), Money.cny("3200.50"),
                Money.cny("500000"), null);
    }
}
