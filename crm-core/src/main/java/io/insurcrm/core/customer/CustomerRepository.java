package io.insurcrm.core.customer;

import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: persistence of customers. Implemented by crm-storage; called inside a transaction opened
 * by the application services through {@link io.insurcrm.core.transaction.TransactionRunner}.
 */
public interface CustomerRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if a unique identifier is already taken */
    void insert(Customer customer);

    /** Inserts many in one batch. @throws io.insurcrm.core.common.DuplicateException as {@link #insert} */
    void insertAll(List<Customer> customers);

    /**
     * Writes {@code next} if the stored version is still {@code next.version() - 1}.
     *
     * @throws io.insurcrm.core.common.ConflictException if it is not (or the customer is gone)
     */
    void update(Customer next);

    /** Batch form of {@link #update}; a single conflict fails the whole batch. */
    void updateAll(List<Customer> next);

    Optional<Customer> findById(CustomerId id);

    /** Customers by id, in one query; unknown ids are absent from the map. */
    Map<CustomerId, Customer> findByIds(Collection<CustomerId> ids);

    Optional<CustomerId> findIdByNationalId(NationalIdNumber nationalId);

    Optional<CustomerId> findIdByOrganisationCode(OrganisationCode code);

    Optional<CustomerId> findIdByMobile(MobileNumber mobile);

    /** One query for a batch of natural keys (individuals). */
    Map<NationalIdNumber, Customer> findByNationalIds(Collection<NationalIdNumber> ids);

    /** One query for a batch of natural keys (corporates). */
    Map<OrganisationCode, Customer> findByOrganisationCodes(Collection<OrganisationCode> codes);

    long count();

    /**
     * The ids of the individuals with these ID numbers, in one query per thousand keys, reading no
     * other column (the import's reference resolution); unknown ones are absent.
     */
    default Map<NationalIdNumber, CustomerId> findIdsByNationalIds(Collection<NationalIdNumber> ids) {
        Map<NationalIdNumber, CustomerId> result = new HashMap<>();
        findByNationalIds(ids).forEach((k, c) -> result.put(k, c.id()));
        return result;
    }

    /**
     * The ids of the individuals with these ID numbers and of the corporates with these organisation
     * codes, as {@link #findIdsByNationalIds} and {@link #findIdsByOrganisationCodes} answer them, but
     * in one statement per thousand keys of each sort (the import's key and reference resolution,
     * whose batches mix both sorts). The default asks the two methods.
     */
    default CustomerIds findIdsByKeys(Collection<NationalIdNumber> ids, Collection<OrganisationCode> codes) {
        return new CustomerIds(ids.isEmpty() ? Map.of() : findIdsByNationalIds(ids),
                codes.isEmpty() ? Map.of() : findIdsByOrganisationCodes(codes));
    }

    /** Customer ids by natural key: {@link #findIdsByKeys}'s answer; unknown keys are absent. */
    record CustomerIds(Map<NationalIdNumber, CustomerId> byNationalId, Map<OrganisationCode, CustomerId> byOrganisationCode) {
        public CustomerIds {
            byNationalId = Map.copyOf(byNationalId);
            byOrganisationCode = Map.copyOf(byOrganisationCode);
        }
    }

    /** The ids of the corporates with these organisation codes, as {@link #findIdsByNationalIds}. */
    default Map<OrganisationCode, CustomerId> findIdsByOrganisationCodes(Collection<OrganisationCode> codes) {
        Map<OrganisationCode, CustomerId> result = new HashMap<>();
        findByOrganisationCodes(codes).forEach((k, c) -> result.put(k, c.id()));
        return result;
    }
}
