package io.insurcrm.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Violation;
import io.insurcrm.core.identifier.OrganisationCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {

    @Test
    void individualTakesBirthDateAndGenderFromTheIdNumber() {
        CustomerProfile p = CustomerProfile.individual("王芳").nationalId("11010519491231002x").build();
        assertEquals(LocalDate.of(1949, 12, 31), p.dateOfBirth());
        assertEquals(Gender.FEMALE, p.gender());
        assertEquals("11010519491231002X", p.nationalId().value());
    }

    @Test
    void birthDateMustMatchTheIdNumber() {
        ValidationException e = assertThrows(ValidationException.class, () -> CustomerProfile.individual("王芳")
                .nationalId("11010519491231002X").dateOfBirth(LocalDate.of(1950, 1, 1)).build());
        assertEquals(List.of(new Violation("dateOfBirth", "id-consistency",
                "must equal the birth date inside the national ID number")), e.violations());
    }

    @Test
    void reportsEveryBrokenRuleAtOnceWithoutPersonalData() {
        ValidationException e = assertThrows(ValidationException.class, () -> CustomerProfile.individual(" ")
                .nationalId("11010519491231002X").gender(Gender.MALE).occupationClass(7).build());
        assertEquals(List.of("name:required", "occupationClass:range", "gender:id-consistency"),
                e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
        assertFalse(e.getMessage().contains("11010519491231002X"));
    }

    @Test
    void corporateHasNoPersonalAttributes() {
        CustomerProfile ok = CustomerProfile.corporate("深圳市某某科技有限公司")
                .organisationCode(OrganisationCode.parse("91350100M000100Y43")).industry("manufacturing").build();
        assertEquals(CustomerKind.CORPORATE, ok.kind());
        ValidationException e = assertThrows(ValidationException.class, () -> CustomerProfile.corporate("某公司")
                .nationalId("11010519491231002X").build());
        assertEquals("nationalId", e.violations().get(0).field());
        assertEquals("corporate", e.violations().get(0).rule());
    }

    @Test
    void toStringShowsNoPersonalData() {
        CustomerProfile p = CustomerProfile.individual("王芳").nationalId("11010519491231002X")
                .mobile("13812345678").build();
        assertEquals("CustomerProfile[INDIVIDUAL]", p.toString());
    }
}
