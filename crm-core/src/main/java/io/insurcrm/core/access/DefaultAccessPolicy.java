package io.insurcrm.core.access;

import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.organisation.BranchTree;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The default confidentiality rules (docs/access.md has the table).
 *
 * <p>Row scope: {@code system} and {@code administrator} see every customer; an account manager his
 * own customers (those whose current responsible manager's staff id is his user id); a branch
 * manager, service-centre operator and hotline collector the customers of their branch subtree (the
 * whole company if they have no branch); an executive nobody unless cleared
 * ({@value #EXECUTIVE_IDENTITY_CLEARANCE}+: his branch subtree); a role an insurer added sees nobody
 * until the insurer's own policy says otherwise.
 *
 * <p>Fields: {@code system} and account managers (for their own customers) see everything in clear;
 * the other roles see identifiers (ID number, mobile, e-mail, phones, fax, addresses, birth date)
 * masked and employer, native place and life situation hidden unless their clearance is at least
 * {@value #CLEAR_CLEARANCE}; a hotline collector sees identifiers masked whatever his clearance; an
 * executive sees identifiers in clear only with the maximum clearance. A name is masked (surname and
 * {@code *}) only for actors below {@value #NAME_CLEARANCE} that see no identifier in clear (hotline
 * collectors and uncleared executives); corporate names are never masked.
 */
public class DefaultAccessPolicy implements AccessPolicy {
    /** Clearance from which operators, branch managers and administrators see identifiers in clear. */
    public static final int CLEAR_CLEARANCE = 5;
    /** Clearance from which an executive sees identities (his branch subtree), masked. */
    public static final int EXECUTIVE_IDENTITY_CLEARANCE = 7;
    /** Clearance from which a hotline collector sees names in clear. */
    public static final int NAME_CLEARANCE = 3;

    private static final Set<PersonalField> HIDDEN_WHEN_MASKED = EnumSet.of(PersonalField.EMPLOYER,
            PersonalField.NATIVE_PLACE, PersonalField.LIFE_SITUATION);

    private static final Set<Action> ALL_ACTIONS = EnumSet.allOf(Action.class);
    private static final Map<Role, Set<Action>> ACTIONS = Map.of(
            Role.SYSTEM, ALL_ACTIONS,
            Role.ADMINISTRATOR, ALL_ACTIONS,
            Role.ACCOUNT_MANAGER, EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE, Action.LOG_INTERACTION,
                    Action.SERVICE),
            Role.BRANCH_MANAGER, EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE, Action.LOG_INTERACTION,
                    Action.SERVICE, Action.MANAGE_STAFF, Action.AGGREGATES, Action.MANAGE_BLACKLIST),
            Role.SERVICE_OPERATOR, EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE, Action.LOG_INTERACTION,
                    Action.SERVICE),
            Role.HOTLINE_COLLECTOR, EnumSet.of(Action.READ, Action.CREATE, Action.LOG_INTERACTION),
            Role.EXECUTIVE, EnumSet.of(Action.READ, Action.AGGREGATES));

    @Override
    public RowScope scope(Actor actor, BranchTree branches) {
        Role role = actor.role();
        if (role.equals(Role.SYSTEM) || role.equals(Role.ADMINISTRATOR)) {
            return RowScope.ALL;
        }
        if (role.equals(Role.ACCOUNT_MANAGER)) {
            return new RowScope.AssignedTo(actor.userId());
        }
        if (role.equals(Role.BRANCH_MANAGER) || role.equals(Role.SERVICE_OPERATOR)
                || role.equals(Role.HOTLINE_COLLECTOR)
                || (role.equals(Role.EXECUTIVE) && actor.clearance() >= EXECUTIVE_IDENTITY_CLEARANCE)) {
            return actor.branchId() == null ? RowScope.ALL : new RowScope.BranchSubtree(branches.subtree(actor.branchId()));
        }
        return RowScope.NONE;
    }

    @Override
    public Visibility visibility(Actor actor, PersonalField field, CustomerKind kind) {
        Role role = actor.role();
        if (field == PersonalField.NAME && kind == CustomerKind.CORPORATE) {
            return Visibility.CLEAR;
        }
        if (role.equals(Role.SYSTEM) || role.equals(Role.ACCOUNT_MANAGER)) {
            return Visibility.CLEAR;
        }
        boolean clear;
        if (role.equals(Role.HOTLINE_COLLECTOR)) {
            clear = false;
        } else if (role.equals(Role.EXECUTIVE)) {
            clear = actor.clearance() >= Actor.MAX_CLEARANCE;
        } else if (role.equals(Role.ADMINISTRATOR) || role.equals(Role.BRANCH_MANAGER)
                || role.equals(Role.SERVICE_OPERATOR)) {
            clear = actor.clearance() >= CLEAR_CLEARANCE;
        } else {
            return Visibility.HIDDEN; // a role the insurer added: nothing until its own policy says so
        }
        if (clear) {
            return Visibility.CLEAR;
        }
        if (field == PersonalField.NAME) {
            boolean nameClear = !role.equals(Role.EXECUTIVE)
                    && (!role.equals(Role.HOTLINE_COLLECTOR) || actor.clearance() >= NAME_CLEARANCE);
            return nameClear ? Visibility.CLEAR : Visibility.MASKED;
        }
        return HIDDEN_WHEN_MASKED.contains(field) ? Visibility.HIDDEN : Visibility.MASKED;
    }

    @Override
    public boolean allows(Actor actor, Action action) {
        return ACTIONS.getOrDefault(actor.role(), Set.of()).contains(action);
    }
}
