package io.insurcrm.analytics.model;

/** How a customer decides to buy, read from contact channels and purchase patterns. */
public enum DecisionStyle {
    /** Buys through intermediaries and asks for advice. */
    PROFESSIONAL_SERVICE,
    /** Mostly met in person: visits, counters, events. */
    RELATIONSHIP,
    /** Few contacts, digital or none, a narrow book. */
    TRANSACTIONAL,
    /** A broad book (several product lines) and a personal relationship. */
    COMPREHENSIVE
}
