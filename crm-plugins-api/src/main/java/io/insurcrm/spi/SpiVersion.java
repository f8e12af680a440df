package io.insurcrm.spi;

/**
 * The version of this SPI. A plugin states the version it was compiled against; the host accepts it
 * when the major versions are equal and the plugin's minor version is not newer than the host's
 * (a minor version only adds default methods and new types, so an older plugin keeps working; a
 * plugin built for a newer minor may call methods this host lacks).
 *
 * <p>{@link #MAJOR} and {@link #MINOR} are compile-time constants: the Java compiler copies them
 * into the plugin's own class file, so {@code new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)}
 * written in a plugin records the SPI the plugin was <em>built</em> with, whatever SPI jar the host
 * runs. {@link #CURRENT} is an object read at run time from the host's jar: a plugin must not return
 * it from {@link CrmPlugin#spiVersion()}.
 *
 * @param major incremented on a breaking change
 * @param minor incremented when something is added compatibly
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    /** Major version of the SPI in this jar; a compile-time constant inlined into plugins. */
    public static final int MAJOR = 1;

    /** Minor version of the SPI in this jar; a compile-time constant inlined into plugins. */
    public static final int MINOR = 0;

    /** The version of the SPI in this jar, as the host sees it at run time. */
    public static final SpiVersion CURRENT = new SpiVersion(MAJOR, MINOR);

    /**
     * Checks the numbers.
     *
     * @param major see the record component
     * @param minor see the record component
     * @throws IllegalArgumentException if a number is negative
     */
    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("SPI version numbers must not be negative");
        }
    }

    /**
     * Parses {@code "major.minor"}.
     *
     * @param text e.g. {@code "1.0"}; surrounding white space is ignored
     * @return the version
     * @throws IllegalArgumentException if the text is not two non-negative integers joined by a dot
     */
    public static SpiVersion parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("SPI version must look like 1.0");
        }
        try {
            return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SPI version must look like 1.0", e);
        }
    }

    /**
     * Whether a host offering this version can run a plugin built for {@code pluginBuiltFor}.
     *
     * @param pluginBuiltFor the version the plugin declares
     * @return true if the majors are equal and the plugin's minor is not newer than this one
     */
    public boolean canHost(SpiVersion pluginBuiltFor) {
        return major == pluginBuiltFor.major && minor >= pluginBuiltFor.minor;
    }

    /** Orders by major, then minor. */
    @Override
    public int compareTo(SpiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    /** {@code major.minor}, e.g. {@code 1.0}. */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
