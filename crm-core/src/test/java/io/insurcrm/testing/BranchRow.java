package io.insurcrm.testing;

import io.insurcrm.core.organisation.BranchLevel;
import java.util.Arrays;
import java.util.List;

/** One row of {@code branches.csv} ({@link io.insurcrm.core.importing.ImportKind#BRANCHES}). */
public record BranchRow(String code, String name, BranchLevel level, String parentCode, String region) {

    /** The values in the order of {@code ImportKind.BRANCHES.columns()}. */
    public List<String> cells() {
        return Arrays.asList(code, name, Csv.text(level), parentCode, region);
    }
}
