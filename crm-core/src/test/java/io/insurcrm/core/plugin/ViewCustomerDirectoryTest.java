package io.insurcrm.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Masking;
import io.insurcrm.core.access.Visibility;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.application.Customer360Service;
import io.insurcrm.core.view.CustomerLookup;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.CustomerSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ViewCustomerDirectoryTest {
    private static final CustomerId ID = new CustomerId(UUID.fromString("0190a5c8-0000-7000-8000-000000000001"));
    private final List<Actor> actors = new ArrayList<>();

    private final Customer360Service views = new Customer360Service() {
        @Override
        public Optional<Customer360> find(Actor actor, String identifier) {
            actors.add(actor);
            if (!identifier.equals("P-1")) {
                return Optional.empty();
            }
            CustomerProfile profile = CustomerProfile.individual("李小龙").mobile("13800138000")
                    .email("bruce@example.com").build();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            Customer customer = new Customer(ID, 1, profile, new BranchId(UUID.randomUUID()), t, t);
            Customer360.Totals totals = new Customer360.Totals(0, 0, 0, Money.cny("0"), Money.cny("0"), Money.cny("0"),
                    Optional.empty());
            return Optional.of(new Customer360(Masking.card(customer, f -> Visibility.CLEAR).card(), Optional.empty(), List.of(), List.of(), totals,
                    LocalDate.of(2026, 3, 31)));
        }

        @Override
        public Optional<Customer360> find(Actor actor, CustomerLookup lookup) {
            return Optional.empty();
        }
    };

    @Test
    void pluginsSeeAnOpaqueRefAMaskedNameAndContactsOnlyIfAllowed() {
        Actor plugins = Actor.system("plugins");
        CustomerSnapshot withContacts = new ViewCustomerDirectory(views, plugins, true).find("P-1").orElseThrow();
        assertEquals(new CustomerSnapshot(ID.toString(), "李**", Optional.empty(),
                List.of(ContactPoint.mobile("13800138000"), ContactPoint.email("bruce@example.com"))), withContacts);
        CustomerSnapshot without = new ViewCustomerDirectory(views, plugins, false).find("P-1").orElseThrow();
        assertEquals(List.of(), without.contactPoints());
        assertEquals(List.of(plugins, plugins), actors, "every read acts for the plugins' actor");
        assertEquals(Optional.empty(), new ViewCustomerDirectory(views, plugins, true).find("unknown"));
        assertEquals(Optional.empty(), new ViewCustomerDirectory(views, plugins, true).find(" "));
        assertFalse(withContacts.toString().contains("李"));
    }

    @Test
    void namesAreMaskedAfterTheirFirstCharacter() {
        assertEquals("张*", ViewCustomerDirectory.maskName("张三"));
        assertEquals("W*****", ViewCustomerDirectory.maskName(" Wang F "));
        assertEquals("𠀀*", ViewCustomerDirectory.maskName("𠀀x"));
        assertEquals("", ViewCustomerDirectory.maskName(null));
    }
}
