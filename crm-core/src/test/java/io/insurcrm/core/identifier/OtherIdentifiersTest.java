package io.insurcrm.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtherIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "008613812345678",
        "8613812345678", "１３８１２３４５６７８"})
    void mobileNormalisesToElevenDigits(String raw) {
        assertEquals("13812345678", MobileNumber.parse(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "23812345678", "1381234567a"})
    void mobileRejectsWrongShapes(String raw) {
        ValidationException e = assertThrows(ValidationException.class, () -> MobileNumber.parse(raw));
        assertEquals("mobile", e.violations().get(0).field());
        assertEquals("format", e.violations().get(0).rule());
    }

    @Test
    void mobileIsMaskedKeepingFirstThreeAndLastFour() {
        assertEquals("138****5678", MobileNumber.parse("13812345678").toString());
    }

    @Test
    void licencePlateNormalisesCaseAndSeparators() {
        assertEquals("粤B12345", LicencePlate.parse("粤b·12345").value());
        assertEquals("沪AD12345", LicencePlate.parse("沪A D12345").value());
        assertEquals("京A1234挂", LicencePlate.parse("京A1234挂").value());
        assertTrue(LicencePlate.tryParse("XY12345").isEmpty());
        assertTrue(LicencePlate.tryParse("粤B1234").isEmpty());
    }

    @Test
    void emailLowerCasesTheDomainOnly() {
        assertEquals("Wang.Li@example.com", EmailAddress.parse(" Wang.Li@EXAMPLE.com ").value());
        assertEquals("W***@example.com", EmailAddress.parse("Wang.Li@example.com").toString());
        assertThrows(ValidationException.class, () -> EmailAddress.parse("no-at-sign.example.com"));
        assertThrows(ValidationException.class, () -> EmailAddress.parse("a@b"));
    }

    @Test
    void organisationCodeChecksumPerGb32100() {
        // 91350100M000100Y4: sum of code value * weight over the 17 characters = 1640, 1640 mod 31 = 28,
        // 31 - 28 = 3 -> '3'
        assertEquals('3', OrganisationCode.checkCharacter("91350100M000100Y4"));
        assertEquals("91350100M000100Y43", OrganisationCode.parse("91350100m000100y43").value());
        ValidationException e = assertThrows(ValidationException.class,
                () -> OrganisationCode.parse("91350100M000100Y48"));
        assertEquals("checksum", e.violations().get(0).rule());
        assertEquals("format", assertThrows(ValidationException.class,
                () -> OrganisationCode.parse("91350100M000100Y4")).violations().get(0).rule());
    }
}
