package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;

/**
 * Data-subject requests: export everything held about one customer, and erase his personal data
 * while keeping the financial records (policies, premiums, claims) and the audit trail intact.
 */
public interface DataSubjectService {

    /**
     * Everything held about the customer as one JSON document: basic data in clear, household,
     * policies with payments, claims, interactions, complaints, assignment history and the audit
     * entries about him. Requires {@link io.insurcrm.core.access.Action#EXPORT}; audited.
     *
     * @throws io.insurcrm.core.common.NotFoundException if unknown or outside the actor's scope
     */
    String export(Actor actor, CustomerId customerId);

    /**
     * Anonymises the customer: name replaced by {@value DefaultDataSubjectService#ERASED}, every
     * identifier (ID number, mobile, e-mail, phones, fax), employer, native place, life situation and
     * the address below the city removed, the birth date reduced to 1 January of its year, the
     * household membership removed and free-text interaction and complaint summaries replaced; the
     * customer id, branch, statistical dimensions, policies, premiums, claims and the audit trail
     * stay, so aggregates do not change. Requires {@link io.insurcrm.core.access.Action#ERASE}; audited.
     *
     * @throws io.insurcrm.core.common.NotFoundException if unknown or outside the actor's scope
     */
    void erase(Actor actor, CustomerId customerId);
}
