package io.insurcrm.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.common.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdNumberTest {

    // Check digits worked out by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 -> "10X98765432".
    // 11010519491231002: 1*7+1*9+0+1*5+0+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0+0+2*2 = 167, 167 mod 11 = 2 -> 'X'
    // 44030019800101001: 4*7+4*9+0+3*5+0+0+1*2+9*1+8*6+0+0+1*9+0+1*5+0+0+1*2 = 154, 154 mod 11 = 0 -> '1'
    @ParameterizedTest
    @CsvSource({"11010519491231002, X", "44030019800101001, 1"})
    void checkDigitIsComputedPerGb11643(String first17, char expected) {
        assertEquals(expected, NationalIdNumber.checkCharacter(first17));
    }

    @Test
    void acceptsValidNumberAndReadsBirthDateAndGender() {
        NationalIdNumber id = NationalIdNumber.parse("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertFalse(id.isMale(), "sequence 002 is even: female");
        assertEquals("110105", id.regionCode());
    }

    @Test
    void acceptsCheckCharacterXInEitherCase() {
        // 11010119900307651: sum = 1*7+1*9+0+1*5+0+1*4+1*2+9*1+9*6+0+0+3*9+0+7*5+6*8+5*4+1*2 = 222, 222 mod 11 = 2 -> 'X'
        assertEquals('X', NationalIdNumber.checkCharacter("11010119900307651"));
        assertEquals("11010119900307651X", NationalIdNumber.parse("11010119900307651x").value());
        assertTrue(NationalIdNumber.parse("11010119900307651X").isMale());
    }

    @Test
    void normalisesSpacesAndFullWidthDigits() {
        assertEquals("11010519491231002X", NationalIdNumber.parse(" 110105 19491231 002x ").value());
        assertEquals("11010519491231002X", NationalIdNumber.parse("１１０１０５１９４９１２３１００２ｘ").value());
    }

    @Test
    void convertsLegacy15DigitNumberTo18() {
        // 15-digit 110105491231002 -> insert "19" after the region -> 11010519491231002 + check 'X'
        assertEquals("11010519491231002X", NationalIdNumber.parse("110105491231002").value());
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310028, checksum",
        "11010519491231002, format",
        "11010519491231002X1, format",
        "11010519491231002A, format",
        "110105194913310027, birth-date",
        "010105194912310027, region",
        "11010519491231OO27, format",
        "11010518001231002X, birth-date"
    })
    void rejectsInvalidNumbersNamingTheRule(String raw, String rule) {
        ValidationException e = assertThrows(ValidationException.class, () -> NationalIdNumber.parse(raw));
        assertEquals("nationalId", e.violations().get(0).field());
        assertEquals(rule, e.violations().get(0).rule());
        assertFalse(e.getMessage().contains(raw), "the message must not repeat the ID number");
    }

    @Test
    void toStringIsMaskedKeepingFirstSixAndLastFour() {
        NationalIdNumber id = NationalIdNumber.parse("11010519491231002X");
        assertEquals("110105********002X", id.toString());
        assertEquals("110105********002X", id.masked());
    }

    @Test
    void tryParseIsEmptyInsteadOfThrowing() {
        assertTrue(NationalIdNumber.tryParse("not an id").isEmpty());
        assertTrue(NationalIdNumber.tryParse("11010519491231002X").isPresent());
    }
}
