package io.insurcrm.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.view.CustomerCard;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The masking rules, value by value, worked out by hand. */
class MaskingTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    static final Customer WANG = new Customer(new CustomerId(UUID.randomUUID()), 3, CustomerProfile.individual("王芳")
            .nationalId("11010519491231002X").mobile("13812345678").email("wang.fang@example.com")
            .homeAddress(new Address("广东", "深圳", "福田区", "1号 2栋", "518000")).workPhone("0755-83210000")
            .employer("深圳某公司").lifeSituation("两个孩子").build(), new BranchId(UUID.randomUUID()), T, T);

    @Test
    void maskedValues() {
        Masking.Masked m = Masking.card(WANG, f -> f == PersonalField.NAME ? Visibility.MASKED
                : f == PersonalField.EMPLOYER ? Visibility.HIDDEN : Visibility.MASKED);
        CustomerCard c = m.card();
        assertEquals("王*", c.name());
        assertEquals("110105********002X", c.nationalId());
        assertEquals("138****5678", c.mobile());
        assertEquals("w***@example.com", c.email());
        assertEquals(new Address("广东", "深圳", null, null, null), c.homeAddress());
        assertEquals("*********0000", c.workPhone());
        assertEquals("1949", c.dateOfBirth());
        assertEquals(null, c.employer());
        assertEquals(null, c.lifeSituation(), "free text has no partial form");
        assertEquals(EnumSet.noneOf(PersonalField.class), m.clearFields());
        assertEquals(3, c.version());
    }

    @Test
    void clearValuesAreReportedForTheAudit() {
        Masking.Masked m = Masking.card(WANG, f -> f == PersonalField.MOBILE || f == PersonalField.FAX
                ? Visibility.CLEAR : Visibility.HIDDEN);
        assertEquals("13812345678", m.card().mobile());
        assertEquals(null, m.card().nationalId());
        assertEquals(null, m.card().homeAddress());
        assertEquals(EnumSet.of(PersonalField.MOBILE), m.clearFields(), "no fax on file: nothing shown");
    }
}
