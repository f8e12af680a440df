package io.insurcrm.core.segment;

import io.insurcrm.core.customer.CustomerId;
import java.util.List;
import java.util.Optional;

/** Port: the current segment of each customer (one row per customer). */
public interface CustomerSegmentRepository {

    /** Inserts or replaces the segments of these customers, in batches. */
    void putAll(List<CustomerSegment> segments);

    Optional<CustomerSegment> find(CustomerId customerId);
}
