package io.insurcrm.storage.access;

import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.NationalIdNumber;
import java.time.LocalDate;

/** Unique, valid personal data for test customer number {@code n}: every value differs between n. */
final class People {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

    private People() {
    }

    static String nationalId(int n) {
        String body = "440305" + LocalDate.of(1950, 1, 1).plusDays(n).toString().replace("-", "") + "123";
        return body + NationalIdNumber.checkCharacter(body);
    }

    static String mobile(int n) {
        return "139" + String.format("%08d", n);
    }

    static String name(int n) {
        return "" + SURNAMES.charAt(n % 20) + GIVEN.charAt((n / 20) % 20) + GIVEN.charAt((n / 400) % 20);
    }

    static CustomerProfile profile(int n) {
        return CustomerProfile.individual(name(n)).nationalId(nationalId(n)).mobile(mobile(n))
                .email("p" + n + "@example.com").employer("雇主" + n + "有限公司").nativePlace("籍贯" + n)
                .homeAddress(new Address("广东", "深圳", "南山区", "科技园" + n + "号", "518000"))
                .workPhone("0755-8" + String.format("%07d", n)).lifeSituation("家庭情况" + n).build();
    }
}
