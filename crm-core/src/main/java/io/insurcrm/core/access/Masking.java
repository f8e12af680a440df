package io.insurcrm.core.access;

import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.identifier.Normalisation;
import io.insurcrm.core.view.CustomerCard;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the masked views. The masking rules: an ID number keeps its first 6 and last 4 characters,
 * a mobile its first 3 and last 4, an address its province and city, a name its first character
 * (the surname) followed by {@code *}, phones and fax their last 4 characters, an e-mail its first
 * character and its domain, a birth date its year; free-text fields have no useful partial form and
 * are hidden when masked.
 */
public final class Masking {
    private Masking() {
    }

    /** A card and the personal fields it shows in clear (non-null values only: what the audit records). */
    public record Masked(CustomerCard card, Set<PersonalField> clearFields) {
    }

    /** The customer as {@code visibility} allows. */
    public static Masked card(Customer c, Function<PersonalField, Visibility> visibility) {
        CustomerProfile p = c.profile();
        Set<PersonalField> clear = EnumSet.noneOf(PersonalField.class);
        Shown s = new Shown(visibility, clear);
        CustomerCard card = new CustomerCard(c.id(), c.version(), p.kind(), c.branchId(),
                s.text(PersonalField.NAME, p.name(), Masking::name),
                p.gender(),
                s.text(PersonalField.DATE_OF_BIRTH, p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
                        v -> v.substring(0, 4)),
                s.text(PersonalField.NATIVE_PLACE, p.nativePlace(), null),
                p.maritalStatus(), p.education(),
                s.text(PersonalField.NATIONAL_ID, p.nationalId() == null ? null : p.nationalId().value(),
                        v -> Normalisation.mask(v, 6, 4)),
                p.organisationCode() == null ? null : p.organisationCode().value(),
                s.text(PersonalField.MOBILE, p.mobile() == null ? null : p.mobile().value(),
                        v -> Normalisation.mask(v, 3, 4)),
                s.text(PersonalField.EMAIL, p.email() == null ? null : p.email().value(), Masking::email),
                s.text(PersonalField.EMPLOYER, p.employer(), null),
                p.department(), p.position(), p.occupation(), p.occupationClass(), p.industry(),
                s.address(PersonalField.WORK_ADDRESS, p.workAddress()),
                s.address(PersonalField.HOME_ADDRESS, p.homeAddress()),
                s.text(PersonalField.WORK_PHONE, p.workPhone(), Masking::phone),
                s.text(PersonalField.HOME_PHONE, p.homePhone(), Masking::phone),
                s.text(PersonalField.FAX, p.fax(), Masking::phone),
                s.text(PersonalField.LIFE_SITUATION, p.lifeSituation(), null),
                c.createdAt(), c.updatedAt());
        return new Masked(card, clear);
    }

    /** The household with each member's name as {@code visibility} allows (names are the only personal field in it). */
    public static Household household(Household h, Visibility nameVisibility) {
        List<Household.Member> members = new ArrayList<>(h.members().size());
        for (Household.Member m : h.members()) {
            members.add(new Household.Member(m.customerId(), apply(nameVisibility, m.name(), Masking::name),
                    m.relationship()));
        }
        return new Household(h.id(), h.code(), members);
    }

    /** Surname (first character) and {@code *}. */
    public static String name(String name) {
        return name.isEmpty() ? name : name.substring(0, name.offsetByCodePoints(0, 1)) + "*";
    }

    static String phone(String v) {
        return v.length() <= 4 ? "*".repeat(v.length()) : Normalisation.mask(v, 0, 4);
    }

    static String email(String v) {
        int at = v.indexOf('@');
        return at <= 0 ? "***" : v.charAt(0) + "***" + v.substring(at);
    }

    static String apply(Visibility v, String value, Function<String, String> mask) {
        if (value == null || v == Visibility.HIDDEN) {
            return null;
        }
        if (v == Visibility.CLEAR) {
            return value;
        }
        return mask == null ? null : mask.apply(value);
    }

    private static final class Shown {
        private final Function<PersonalField, Visibility> visibility;
        private final Set<PersonalField> clear;

        Shown(Function<PersonalField, Visibility> visibility, Set<PersonalField> clear) {
            this.visibility = visibility;
            this.clear = clear;
        }

        String text(PersonalField f, String value, Function<String, String> mask) {
            Visibility v = visibility.apply(f);
            if (value != null && v == Visibility.CLEAR) {
                clear.add(f);
            }
            return apply(v, value, mask);
        }

        Address address(PersonalField f, Address value) {
            Visibility v = visibility.apply(f);
            if (value == null || v == Visibility.HIDDEN) {
                return null;
            }
            if (v == Visibility.CLEAR) {
                clear.add(f);
                return value;
            }
            return value.cityOnly();
        }
    }
}
