package io.insurcrm.core.plugin;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.view.CustomerCard;
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
 * <p>The 360° view applies the actor's row scope and masking and audits reads in clear, so a
 * contact is revealed only if the actor's grade shows it in clear.
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
        CustomerCard p = view.customer();
        List<ContactPoint> contacts = new ArrayList<>(2);
        if (revealContacts) {
            // only what the actor's grade shows in clear: a masked value is no address to deliver to
            if (p.mobile() != null && p.mobile().indexOf('*') < 0) {
                contacts.add(ContactPoint.mobile(p.mobile()));
            }
            if (p.email() != null && p.email().indexOf('*') < 0) {
                contacts.add(ContactPoint.email(p.email()));
            }
        }
        return new CustomerSnapshot(p.id().toString(), maskName(p.name()), Optional.empty(), contacts);
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
