package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;

import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.identifier.EmailAddress;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.CustomerRecord;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;

final class JooqCustomerRepository implements CustomerRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqCustomerRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void insert(Customer customer) {
        dsl.executeInsert(toRecord(customer));
    }

    @Override
    public void insertAll(List<Customer> customers) {
        tx.run(() -> Batches.insert(dsl, CUSTOMER, records(customers)));
    }

    @Override
    public void update(Customer next) {
        updateAll(List.of(next));
    }

    @Override
    public void updateAll(List<Customer> next) {
        tx.run(() -> Batches.updateVersioned(dsl, CUSTOMER, CUSTOMER.ID, CUSTOMER.VERSION, records(next)));
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id.value()))
                .fetchOptional(JooqCustomerRepository::toCustomer);
    }

    @Override
    public Map<CustomerId, Customer> findByIds(Collection<CustomerId> ids) {
        List<Customer> found = Batches.inChunks(ids, chunk -> dsl.selectFrom(CUSTOMER)
                .where(CUSTOMER.ID.in(chunk.stream().map(CustomerId::value).collect(Collectors.toList())))
                .fetch(JooqCustomerRepository::toCustomer));
        return found.stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    }

    @Override
    public Optional<CustomerId> findIdByNationalId(NationalIdNumber nationalId) {
        return findIdBy(CUSTOMER.NATIONAL_ID, nationalId.value());
    }

    @Override
    public Optional<CustomerId> findIdByOrganisationCode(OrganisationCode code) {
        return findIdBy(CUSTOMER.ORGANISATION_CODE, code.value());
    }

    @Override
    public Optional<CustomerId> findIdByMobile(MobileNumber mobile) {
        return findIdBy(CUSTOMER.MOBILE, mobile.value());
    }

    @Override
    public Map<NationalIdNumber, Customer> findByNationalIds(Collection<NationalIdNumber> ids) {
        return findByKeys(CUSTOMER.NATIONAL_ID, ids, NationalIdNumber::value, c -> c.profile().nationalId());
    }

    @Override
    public Map<OrganisationCode, Customer> findByOrganisationCodes(Collection<OrganisationCode> codes) {
        return findByKeys(CUSTOMER.ORGANISATION_CODE, codes, OrganisationCode::value,
                c -> c.profile().organisationCode());
    }

    @Override
    public long count() {
        return dsl.fetchCount(CUSTOMER);
    }

    @Override
    public Map<NationalIdNumber, CustomerId> findIdsByNationalIds(Collection<NationalIdNumber> ids) {
        return idsBy(CUSTOMER.NATIONAL_ID, ids, NationalIdNumber::value);
    }

    @Override
    public Map<OrganisationCode, CustomerId> findIdsByOrganisationCodes(Collection<OrganisationCode> codes) {
        return idsBy(CUSTOMER.ORGANISATION_CODE, codes, OrganisationCode::value);
    }

    /**
     * Both sorts of key in one UNION ALL statement per chunk ({@link Batches#idsByKeys}); a sort
     * without keys is left out of the statement.
     */
    @Override
    public CustomerIds findIdsByKeys(Collection<NationalIdNumber> ids, Collection<OrganisationCode> codes) {
        Map<String, NationalIdNumber> nids = new HashMap<>();
        ids.forEach(k -> nids.put(k.value(), k));
        Map<String, OrganisationCode> orgs = new HashMap<>();
        codes.forEach(k -> orgs.put(k.value(), k));
        List<Field<String>> columns = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        if (!nids.isEmpty()) {
            columns.add(CUSTOMER.NATIONAL_ID);
            keys.add(nids.keySet());
        }
        if (!orgs.isEmpty()) {
            columns.add(CUSTOMER.ORGANISATION_CODE);
            keys.add(orgs.keySet());
        }
        Map<NationalIdNumber, CustomerId> byNid = new HashMap<>();
        Map<OrganisationCode, CustomerId> byOrg = new HashMap<>();
        if (columns.isEmpty()) {
            return new CustomerIds(byNid, byOrg);
        }
        List<Map<String, UUID>> found = Batches.idsByKeys(dsl, CUSTOMER, CUSTOMER.ID, columns, keys);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == CUSTOMER.NATIONAL_ID) {
                found.get(i).forEach((value, id) -> byNid.put(nids.get(value), new CustomerId(id)));
            } else {
                found.get(i).forEach((value, id) -> byOrg.put(orgs.get(value), new CustomerId(id)));
            }
        }
        return new CustomerIds(byNid, byOrg);
    }

    /** Key to id only, by plain JDBC; the stored keys are canonical, so they match the keys' values. */
    private <K> Map<K, CustomerId> idsBy(Field<String> column, Collection<K> keys, Function<K, String> toColumn) {
        Map<String, K> byValue = new HashMap<>();
        keys.forEach(k -> byValue.put(toColumn.apply(k), k));
        Map<K, CustomerId> result = new HashMap<>();
        Batches.idsByKey(dsl, CUSTOMER, CUSTOMER.ID, column, byValue.keySet())
                .forEach((value, id) -> result.put(byValue.get(value), new CustomerId(id)));
        return result;
    }

    private Optional<CustomerId> findIdBy(Field<String> column, String value) {
        return dsl.select(CUSTOMER.ID).from(CUSTOMER).where(column.eq(value)).fetchOptional(r -> new CustomerId(r.value1()));
    }

    private <K> Map<K, Customer> findByKeys(Field<String> column, Collection<K> keys, Function<K, String> toColumn,
            Function<Customer, K> keyOf) {
        return Batches.inChunks(keys, chunk -> dsl.selectFrom(CUSTOMER)
                .where(column.in(chunk.stream().map(toColumn).collect(Collectors.toList())))
                .fetch(JooqCustomerRepository::toCustomer))
                .stream().collect(Collectors.toMap(keyOf, Function.identity()));
    }

    private static List<CustomerRecord> records(List<Customer> customers) {
        return customers.stream().map(JooqCustomerRepository::toRecord).collect(Collectors.toList());
    }

    static CustomerRecord toRecord(Customer c) {
        CustomerProfile p = c.profile();
        CustomerRecord r = Batches.valuesOnly(new CustomerRecord());
        r.setId(c.id().value());
        r.setVersion(c.version());
        r.setKind(p.kind().name());
        r.setName(p.name());
        r.setGender(Columns.name(p.gender()));
        r.setDateOfBirth(p.dateOfBirth());
        r.setNativePlace(p.nativePlace());
        r.setMaritalStatus(Columns.name(p.maritalStatus()));
        r.setEducation(Columns.name(p.education()));
        r.setNationalId(Columns.map(p.nationalId(), NationalIdNumber::value));
        r.setOrganisationCode(Columns.map(p.organisationCode(), OrganisationCode::value));
        r.setMobile(Columns.map(p.mobile(), MobileNumber::value));
        r.setEmail(Columns.map(p.email(), EmailAddress::value));
        r.setEmployer(p.employer());
        r.setDepartment(p.department());
        r.setJobPosition(p.position());
        r.setOccupation(p.occupation());
        r.setOccupationClass(p.occupationClass());
        r.setIndustry(p.industry());
        Address work = p.workAddress();
        if (work != null) {
            r.setWorkProvince(work.province());
            r.setWorkCity(work.city());
            r.setWorkDistrict(work.district());
            r.setWorkAddressLine(work.line());
            r.setWorkPostcode(work.postcode());
        }
        Address home = p.homeAddress();
        if (home != null) {
            r.setHomeProvince(home.province());
            r.setHomeCity(home.city());
            r.setHomeDistrict(home.district());
            r.setHomeAddressLine(home.line());
            r.setHomePostcode(home.postcode());
        }
        r.setWorkPhone(p.workPhone());
        r.setHomePhone(p.homePhone());
        r.setFax(p.fax());
        r.setLifeSituation(p.lifeSituation());
        r.setBranchId(c.branchId().value());
        r.setCreatedAt(Columns.timestamp(c.createdAt()));
        r.setUpdatedAt(Columns.timestamp(c.updatedAt()));
        return r;
    }

    static Customer toCustomer(CustomerRecord r) {
        CustomerProfile profile = new CustomerProfile(
                CustomerKind.valueOf(r.getKind()),
                r.getName(),
                Columns.enumOf(Gender.class, r.getGender()),
                r.getDateOfBirth(),
                r.getNativePlace(),
                Columns.enumOf(MaritalStatus.class, r.getMaritalStatus()),
                Columns.enumOf(Education.class, r.getEducation()),
                Columns.map(r.getNationalId(), NationalIdNumber::new),
                Columns.map(r.getOrganisationCode(), OrganisationCode::new),
                Columns.map(r.getMobile(), MobileNumber::new),
                Columns.map(r.getEmail(), EmailAddress::new),
                r.getEmployer(),
                r.getDepartment(),
                r.getJobPosition(),
                r.getOccupation(),
                r.getOccupationClass(),
                r.getIndustry(),
                address(r.getWorkProvince(), r.getWorkCity(), r.getWorkDistrict(), r.getWorkAddressLine(),
                        r.getWorkPostcode()),
                address(r.getHomeProvince(), r.getHomeCity(), r.getHomeDistrict(), r.getHomeAddressLine(),
                        r.getHomePostcode()),
                r.getWorkPhone(),
                r.getHomePhone(),
                r.getFax(),
                r.getLifeSituation());
        return new Customer(new CustomerId(r.getId()), r.getVersion(), profile, new BranchId(r.getBranchId()),
                Columns.instant(r.getCreatedAt()), Columns.instant(r.getUpdatedAt()));
    }

    /** An address is stored only with its (required) city, so no city means no address. */
    static Address address(String province, String city, String district, String line, String postcode) {
        return city == null ? null : new Address(province, city, district, line, postcode);
    }
}
