package io.insurcrm.core.organisation;

import io.insurcrm.core.common.Validator;
import java.util.Objects;

/**
 * A unit of the branch hierarchy: head office → province → city → county/grassroots unit.
 *
 * @param code     the insurer's own branch code, unique (the natural key used by imports)
 * @param region   the region used by analytics (e.g. the province name); may equal the name
 * @param parentId {@code null} exactly for the head office
 */
public record Branch(BranchId id, String code, String name, BranchLevel level, BranchId parentId, String region) {
    public Branch {
        Objects.requireNonNull(id, "id");
        Validator v = Validator.start()
                .requireText(code, "code", 32)
                .requireText(name, "name", 200)
                .require(level, "level")
                .maxLength(region, "region", 100);
        if (level == BranchLevel.HEAD_OFFICE && parentId != null) {
            v.add("parentId", "head-office-root", "a head office has no parent branch");
        }
        if (level != null && level != BranchLevel.HEAD_OFFICE && parentId == null) {
            v.add("parentId", "required", "is required below head office");
        }
        v.validate();
    }
}
