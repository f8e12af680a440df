package io.insurcrm.core.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Port: the transactional outbox. Called inside the transaction of the change that causes a message. */
public interface OutboundMessageRepository {

    /** Batch insert. @throws io.insurcrm.core.common.DuplicateException if an idempotency key is taken */
    void insertAll(List<OutboundMessage> messages);

    /** Which of these idempotency keys are already queued (one query per chunk). */
    Set<String> findExistingKeys(Collection<String> idempotencyKeys);

    /** Oldest first, at most {@code limit}. */
    List<OutboundMessage> findByStatus(OutboundMessageStatus status, int limit);
}
