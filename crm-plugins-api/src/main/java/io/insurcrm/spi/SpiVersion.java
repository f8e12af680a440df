package io.insurcrm.spi;

/**
 * The version of this SPI. A plugin states the version it was built against; the host accepts it
 * when the major versions are equal and the plugin's minor version is not newer than the host's
 * (minor versions only add default methods, so older plugins keep working).
 *
 * @param major incremented on a breaking change
 * @param minor incremented when something is added compatibly
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    /** The version of the SPI in this jar. */
    public static final SpiVersion CURRENT = new SpiVersion(1, 0);

    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("SPI version numbers must not be negative");
        }
    }

    /** Parses {@code "major.minor"}. */
    public static SpiVersion parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("SPI version must look like 1.0");
        }
        return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** True if a host offering this version can run a plugin built for {@code pluginBuiltFor}. */
    public boolean canHost(SpiVersion pluginBuiltFor) {
        return major == pluginBuiltFor.major && minor >= pluginBuiltFor.minor;
    }

    @Override
    public int compareTo(SpiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
