package io.insurcrm.analytics.port;

import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.FactsQuery;
import java.util.function.Consumer;

/**
 * Port: the per-customer facts of the whole book as of a date, computed by the store in one
 * set-based query and streamed row by row (with a fetch size), so memory does not grow with the book.
 * Called inside a transaction (PostgreSQL only streams with a cursor inside one).
 */
public interface CustomerFactsSource {

    /** Hands every customer's facts to {@code sink}, in no particular order. */
    void forEach(FactsQuery query, Consumer<CustomerFacts> sink);
}
