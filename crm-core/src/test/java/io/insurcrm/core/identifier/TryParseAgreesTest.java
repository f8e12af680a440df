package io.insurcrm.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.common.ValidationException;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The exception-free {@code tryParse} methods answer exactly as {@code parse} does, on valid and invalid input. */
class TryParseAgreesTest {

    @Property(tries = 3000)
    void nationalId(@ForAll("idLike") String raw) {
        assertAgree(raw, NationalIdNumber::parse, NationalIdNumber.tryParse(raw));
    }

    @Property(tries = 3000)
    void mobile(@ForAll("mobileLike") String raw) {
        assertAgree(raw, MobileNumber::parse, MobileNumber.tryParse(raw));
    }

    @Property(tries = 3000)
    void plate(@ForAll("plateLike") String raw) {
        assertAgree(raw, LicencePlate::parse, LicencePlate.tryParse(raw));
    }

    private static <T> void assertAgree(String raw, Function<String, T> parse, Optional<T> tried) {
        Optional<T> expected;
        try {
            expected = Optional.of(parse.apply(raw));
        } catch (ValidationException e) {
            expected = Optional.empty();
        }
        assertEquals(expected, tried, "tryParse and parse disagree");
    }

    @Provide
    Arbitrary<String> idLike() {
        Arbitrary<String> valid = Arbitraries.integers().between(0, 99_999).map(n -> {
            String body = "11010519" + String.format("%02d", 50 + n % 50) + "0" + (1 + n % 9) + "1" + (n % 9)
                    + String.format("%03d", n % 1000);
            return body + NationalIdNumber.checkCharacter(body);
        });
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789Xx -１２").ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> legacy = Arbitraries.strings().numeric().ofLength(15);
        return Arbitraries.oneOf(valid, valid.map(s -> s.toLowerCase().replace("", " ").strip()), noise, legacy);
    }

    @Provide
    Arbitrary<String> mobileLike() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(9).ofMaxLength(13);
        Arbitrary<String> prefix = Arbitraries.of("", "+86", "0086", "86", "+86 ", "1-");
        return net.jqwik.api.Combinators.combine(prefix, digits).as(String::concat);
    }

    @Provide
    Arbitrary<String> plateLike() {
        Arbitrary<String> province = Arbitraries.of("粤", "京", "沪", "X", "");
        Arbitrary<String> rest = Arbitraries.strings().withChars("ABCDIO0123456789·- 挂学b").ofMinLength(3).ofMaxLength(9);
        return net.jqwik.api.Combinators.combine(province, rest).as(String::concat);
    }
}
