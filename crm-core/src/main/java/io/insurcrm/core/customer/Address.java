package io.insurcrm.core.customer;

import io.insurcrm.core.common.Validator;

/**
 * A postal address. Masking keeps {@link #province()} and {@link #city()} and hides the rest.
 *
 * @param line the street, building and room
 */
public record Address(String province, String city, String district, String line, String postcode) {
    public Address {
        Validator.start()
                .maxLength(province, "province", 50)
                .requireText(city, "city", 50)
                .maxLength(district, "district", 50)
                .maxLength(line, "line", 200)
                .maxLength(postcode, "postcode", 10)
                .validate();
    }

    /** The address with everything below the city removed. */
    public Address cityOnly() {
        return new Address(province, city, null, null, null);
    }

    @Override
    public String toString() {
        return "Address[" + province + " " + city + ", ***]";
    }
}
