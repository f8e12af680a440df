package io.insurcrm.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerLookupTest {

    @Test
    void readsEachIdentifierKind() {
        assertInstanceOf(CustomerLookup.ById.class,
                CustomerLookup.parse("0190a0b2-1c3d-7e4f-8a5b-6c7d8e9f0a1b").orElseThrow());
        assertInstanceOf(CustomerLookup.ByNationalId.class, CustomerLookup.parse("11010519491231002x").orElseThrow());
        assertInstanceOf(CustomerLookup.ByMobile.class, CustomerLookup.parse("+86 138 1234 5678").orElseThrow());
        assertInstanceOf(CustomerLookup.ByLicencePlate.class, CustomerLookup.parse("粤B·12345").orElseThrow());
        assertEquals(new CustomerLookup.ByPolicyNumber("PA2026000123"),
                CustomerLookup.parse(" pa2026000123 ").orElseThrow());
        assertEquals(new CustomerLookup.ByPolicyNumber("PA-2026-0001"), CustomerLookup.parse("pa-2026-0001").orElseThrow());
    }

    @Test
    void aFifteenDigitStringIsTriedAsLegacyIdThenAsPolicyNumber() {
        List<CustomerLookup> c = CustomerLookup.candidates("110105491231002");
        assertEquals(2, c.size());
        assertEquals("11010519491231002X",
                ((CustomerLookup.ByNationalId) c.get(0)).nationalId().value());
        assertEquals(new CustomerLookup.ByPolicyNumber("110105491231002"), c.get(1));
    }

    @Test
    void blankGivesNothing() {
        assertTrue(CustomerLookup.candidates("  ").isEmpty());
        assertTrue(CustomerLookup.parse(null).isEmpty());
    }
}
