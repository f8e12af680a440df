package io.insurcrm.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.organisation.BranchTree;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The default policy against the table in docs/access.md, written out by hand. */
class DefaultAccessPolicyTest {
    static final BranchId HO = new BranchId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    static final BranchId GD = new BranchId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
    static final BranchId SZ = new BranchId(UUID.fromString("00000000-0000-7000-8000-000000000003"));
    static final BranchId BJ = new BranchId(UUID.fromString("00000000-0000-7000-8000-000000000004"));
    static final BranchTree TREE = new BranchTree(List.of(
            new Branch(HO, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, null),
            new Branch(GD, "GD", "广东", BranchLevel.PROVINCE, HO, null),
            new Branch(SZ, "SZ", "深圳", BranchLevel.CITY, GD, null),
            new Branch(BJ, "BJ", "北京", BranchLevel.PROVINCE, HO, null)));
    final DefaultAccessPolicy policy = new DefaultAccessPolicy();

    @Test
    void rowScopes() {
        assertEquals(RowScope.ALL, policy.scope(Actor.system("job"), TREE));
        assertEquals(RowScope.ALL, policy.scope(new Actor("a", Role.ADMINISTRATOR, GD, 0), TREE));
        assertEquals(new RowScope.AssignedTo("am-7"), policy.scope(new Actor("am-7", Role.ACCOUNT_MANAGER, SZ, 9), TREE));
        assertEquals(new RowScope.BranchSubtree(Set.of(GD, SZ)),
                policy.scope(new Actor("b", Role.BRANCH_MANAGER, GD, 0), TREE));
        assertEquals(new RowScope.BranchSubtree(Set.of(SZ)), policy.scope(new Actor("o", Role.SERVICE_OPERATOR, SZ, 0), TREE));
        assertEquals(new RowScope.BranchSubtree(Set.of(BJ)), policy.scope(new Actor("h", Role.HOTLINE_COLLECTOR, BJ, 0), TREE));
        assertEquals(RowScope.ALL, policy.scope(new Actor("h", Role.HOTLINE_COLLECTOR, null, 0), TREE));
        assertEquals(RowScope.NONE, policy.scope(new Actor("e", Role.EXECUTIVE, HO, 6), TREE));
        assertEquals(new RowScope.BranchSubtree(Set.of(GD, SZ)), policy.scope(new Actor("e", Role.EXECUTIVE, GD, 7), TREE));
        assertEquals(RowScope.NONE, policy.scope(new Actor("x", new Role("actuary"), HO, 9), TREE));
    }

    @Test
    void fieldsByRoleAndClearance() {
        Actor operator = new Actor("o", Role.SERVICE_OPERATOR, SZ, 4);
        assertEquals(Visibility.CLEAR, v(operator, PersonalField.NAME));
        assertEquals(Visibility.MASKED, v(operator, PersonalField.NATIONAL_ID));
        assertEquals(Visibility.MASKED, v(operator, PersonalField.MOBILE));
        assertEquals(Visibility.MASKED, v(operator, PersonalField.HOME_ADDRESS));
        assertEquals(Visibility.HIDDEN, v(operator, PersonalField.EMPLOYER));
        assertEquals(Visibility.HIDDEN, v(operator, PersonalField.LIFE_SITUATION));
        assertEquals(Visibility.CLEAR, v(new Actor("o", Role.SERVICE_OPERATOR, SZ, 5), PersonalField.NATIONAL_ID));
        assertEquals(Visibility.CLEAR, v(new Actor("b", Role.BRANCH_MANAGER, SZ, 5), PersonalField.MOBILE));
        assertEquals(Visibility.MASKED, v(new Actor("b", Role.BRANCH_MANAGER, SZ, 4), PersonalField.MOBILE));
        assertEquals(Visibility.CLEAR, v(new Actor("am", Role.ACCOUNT_MANAGER, SZ, 0), PersonalField.NATIONAL_ID));
        Actor collector = new Actor("h", Role.HOTLINE_COLLECTOR, SZ, 9);
        assertEquals(Visibility.MASKED, v(collector, PersonalField.NATIONAL_ID));
        assertEquals(Visibility.CLEAR, v(collector, PersonalField.NAME));
        assertEquals(Visibility.MASKED, v(new Actor("h", Role.HOTLINE_COLLECTOR, SZ, 2), PersonalField.NAME));
        assertEquals(Visibility.MASKED, v(new Actor("e", Role.EXECUTIVE, SZ, 8), PersonalField.NAME));
        assertEquals(Visibility.CLEAR, v(new Actor("e", Role.EXECUTIVE, SZ, 9), PersonalField.NATIONAL_ID));
        assertEquals(Visibility.HIDDEN, v(new Actor("x", new Role("actuary"), SZ, 9), PersonalField.MOBILE));
        // company names are public: never masked
        assertEquals(Visibility.CLEAR, policy.visibility(new Actor("h", Role.HOTLINE_COLLECTOR, SZ, 0),
                PersonalField.NAME, CustomerKind.CORPORATE));
    }

    @Test
    void actions() {
        Actor collector = new Actor("h", Role.HOTLINE_COLLECTOR, SZ, 9);
        assertEquals(true, policy.allows(collector, Action.CREATE));
        assertEquals(true, policy.allows(collector, Action.LOG_INTERACTION));
        assertEquals(false, policy.allows(collector, Action.UPDATE));
        assertEquals(false, policy.allows(new Actor("o", Role.SERVICE_OPERATOR, SZ, 9), Action.IMPORT));
        assertEquals(true, policy.allows(new Actor("a", Role.ADMINISTRATOR, null, 0), Action.ERASE));
        assertEquals(false, policy.allows(new Actor("b", Role.BRANCH_MANAGER, SZ, 9), Action.EXPORT));
        assertEquals(true, policy.allows(new Actor("e", Role.EXECUTIVE, null, 0), Action.AGGREGATES));
        assertEquals(false, policy.allows(new Actor("x", new Role("actuary"), SZ, 9), Action.READ));
    }

    Visibility v(Actor a, PersonalField f) {
        return policy.visibility(a, f, CustomerKind.INDIVIDUAL);
    }
}
