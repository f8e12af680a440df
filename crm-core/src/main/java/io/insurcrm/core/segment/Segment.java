package io.insurcrm.core.segment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer segment by code. The built-in ones are constants; an insurer (or the analytics) may
 * use its own codes.
 */
public record Segment(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** Key customers (重点客户): a large share of premium income. */
    public static final Segment KEY = new Segment("KEY");
    /** Quality individual customers (优质个人客户). */
    public static final Segment QUALITY = new Segment("QUALITY");
    /** Everyone else. */
    public static final Segment STANDARD = new Segment("STANDARD");

    public Segment {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("segment code must be upper-case letters, digits or _, up to 40");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
