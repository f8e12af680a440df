package io.insurcrm.storage;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import java.util.List;
import java.util.stream.Collectors;

class BranchStoreTest {

    @StoreTest
    void storesTheHierarchyAndListsItTopDown(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch county = Fixtures.branchTree(crm);
            crm.branches().create(ACTOR, "BJ", "北京分公司", BranchLevel.PROVINCE, "HO", "北京");

            List<String> codes = crm.branches().all(ACTOR).stream().map(Branch::code).collect(Collectors.toList());
            Branch city = crm.branches().findByCode(ACTOR, "SZ").orElseThrow();

            assertEquals(List.of("HO", "BJ", "GD", "SZ", "NS"), codes);
            assertEquals(county, crm.branches().get(ACTOR, county.id()).orElseThrow());
            assertEquals(city.id(), county.parentId());
            assertEquals(BranchLevel.CITY, city.level());
            assertEquals("深圳中心支公司", city.name());
        }
    }

    @StoreTest
    void duplicateCodeIsRejected(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Fixtures.branchTree(crm);

            DuplicateException e = assertThrows(DuplicateException.class,
                    () -> crm.branches().create(ACTOR, "GD", "另一个", BranchLevel.PROVINCE, "HO", null));

            assertEquals("branch", e.entity());
            assertEquals("code", e.field());
            assertEquals(4, crm.branches().all(ACTOR).size());
        }
    }
}
