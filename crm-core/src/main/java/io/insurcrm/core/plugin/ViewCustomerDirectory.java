package io.insurcrm.core.plugin;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.application.Customer360Service;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.CustomerDirectory;
import io.insurcrm.spi.CustomerSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link CustomerDirectory} plugins get, on top of the 360° view and acting for one actor (the
 * plugins' own system actor), so the row scope of that actor applies. A plugin sees the opaque
 * customer id, the name masked to its first character ({@code 张**}) and, only if
 * {@code revealContacts} is set, the mobile and e-mail a channel needs to deliver; never ID
 * numbers, addresses or anything else of the profile.
 *
 * <p>When graded access and the audit trail land in core, this adapter should take its decisions
 * (and record its unmasked reads) through them; the plugin-facing contract stays the same.
 */
public final class ViewCustomerDirectory implements CustomerDirectory {
    private final Customer360Service views;
    private final Actor actor;
    private final boolean revealContacts;

    /**
     * @param views          the 360° view service
     * @param actor          who plugins act as, e.g. {@code new Actor("plugins", Role.SYSTEM, null, 3)}
     * @param revealContacts whether channels may read mobiles and e-mail addresses in clear
     */
    public ViewCustomerDirectory(Customer360Service views, Actor actor, boolean revealContacts) {
        this.views = Objects.requireNonNull(views, "views");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.revealContacts = revealContacts;
    }

    @Override
    public Optional<CustomerSnapshot> find(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        return views.find(actor, identifier).map(this::snapshot);
    }

    private CustomerSnapshot snapshot(Customer360 view) {
        CustomerProfile p = view.customer().profile();
        List<ContactPoint> contacts = new ArrayList<>(2);
        if (revealContacts) {
            if (p.mobile() != null) {
                contacts.add(ContactPoint.mobile(p.mobile().value()));
            }
            if (p.email() != null) {
                contacts.add(ContactPoint.email(p.email().value()));
            }
        }
        return new CustomerSnapshot(view.customer().id().toString(), maskName(p.name()), Optional.empty(), contacts);
    }

    /** Keeps the first character (code point) and masks the rest, one {@code *} each. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first) + "*".repeat(s.codePointCount(first, s.length()));
    }
}
