package io.insurcrm.spi;

import java.util.Objects;

/**
 * An address to reach someone through: the recipient of an {@link OutboundMessage}, the sender of
 * an {@link InboundInteraction}, a contact point of a {@link CustomerSnapshot}. The address is
 * personal data: {@link #toString()} masks it.
 *
 * @param kind    what sort of address it is
 * @param address the address in clear, e.g. {@code someone@example.com} or {@code 13800138000}
 */
public record ContactPoint(ContactKind kind, String address) {

    /**
     * Checks the components.
     *
     * @param kind see the record component
     * @param address see the record component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the address is blank
     */
    public ContactPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("contact address must not be blank");
        }
    }

    /**
     * An e-mail address.
     *
     * @param address the address
     * @return the contact point
     */
    public static ContactPoint email(String address) {
        return new ContactPoint(ContactKind.EMAIL, address);
    }

    /**
     * A mobile number.
     *
     * @param number the number
     * @return the contact point
     */
    public static ContactPoint mobile(String number) {
        return new ContactPoint(ContactKind.MOBILE, number);
    }

    /**
     * The address with all but its first two and last two characters masked ({@code 13*******00}).
     *
     * @return the masked address
     */
    public String masked() {
        int n = address.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        return address.substring(0, 2) + "*".repeat(n - 4) + address.substring(n - 2);
    }

    /** The kind and the masked address. */
    @Override
    public String toString() {
        return kind + ":" + masked();
    }
}
