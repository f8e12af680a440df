package io.insurcrm.core.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Masking;
import io.insurcrm.core.access.Visibility;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.privacy.DataSubjectRepository;
import io.insurcrm.core.staff.AssignmentRepository;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class DefaultDataSubjectService implements DataSubjectService {
    /** What an erased name and erased free text become. */
    static final String ERASED = "[erased]";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("insurcrm-export")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(YearMonth.class, ToStringSerializer.instance)
                    .addSerializer(UUID.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final CustomerRepository customers;
    private final HouseholdRepository households;
    private final PolicyRepository policies;
    private final ClaimRepository claims;
    private final InteractionRepository interactions;
    private final AssignmentRepository assignments;
    private final AuditRepository audit;
    private final DataSubjectRepository erasure;
    private final TransactionRunner tx;
    private final Clock clock;
    private final AccessGuard guard;

    @Inject
    DefaultDataSubjectService(CustomerRepository customers, HouseholdRepository households, PolicyRepository policies,
            ClaimRepository claims, InteractionRepository interactions,
            AssignmentRepository assignments, AuditRepository audit, DataSubjectRepository erasure,
            TransactionRunner tx, Clock clock, AccessGuard guard) {
        this.customers = customers;
        this.households = households;
        this.policies = policies;
        this.claims = claims;
        this.interactions = interactions;
        this.assignments = assignments;
        this.audit = audit;
        this.erasure = erasure;
        this.tx = tx;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public String export(Actor actor, CustomerId id) {
        guard.require(actor, Action.EXPORT);
        Map<String, Object> doc = tx.inTransaction(() -> {
            guard.requireVisible(actor, id);
            Customer c = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("exportedAt", clock.instant());
            d.put("customer", Masking.card(c, f -> Visibility.CLEAR).card());
            d.put("household", households.findByCustomer(id).orElse(null));
            List<Map<String, Object>> held = new ArrayList<>();
            for (Policy p : policies.findByHolder(id)) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("policy", p);
                pm.put("payments", policies.findPayments(p.id())); // one query per policy: a customer holds a handful
                held.add(pm);
            }
            d.put("policies", held);
            d.put("claims", claims.findByCustomer(id));
            d.put("interactions", interactions.findRecentByCustomer(id, Integer.MAX_VALUE));
            d.put("complaints", erasure.complaintsOf(id));
            d.put("assignmentHistory", assignments.history(id));
            d.put("audit", audit.byCustomer(id));
            guard.record(actor, "EXPORT", id, List.of("*"));
            return d;
        });
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export of customer " + id + " could not be serialised: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public void erase(Actor actor, CustomerId id) {
        guard.require(actor, Action.ERASE);
        tx.run(() -> {
            guard.requireVisible(actor, id);
            Customer c = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
            Customer next = c.withProfile(anonymous(c.profile()), c.branchId(), clock.instant());
            customers.update(next);
            erasure.removeHouseholdMembership(id);
            erasure.scrubFreeText(id, ERASED);
            List<String> fields = new ArrayList<>(AccessGuard.changedFields(c, next));
            fields.add("household");
            fields.add("freeText");
            guard.record(actor, "ERASE", id, fields);
        });
    }

    static CustomerProfile anonymous(CustomerProfile p) {
        return new CustomerProfile(p.kind(), ERASED, p.gender(),
                p.dateOfBirth() == null ? null : LocalDate.of(p.dateOfBirth().getYear(), 1, 1), null,
                p.maritalStatus(), p.education(), null, p.organisationCode(), null, null, null, null, null,
                p.occupation(), p.occupationClass(), p.industry(),
                p.workAddress() == null ? null : p.workAddress().cityOnly(),
                p.homeAddress() == null ? null : p.homeAddress().cityOnly(), null, null, null, null);
    }

}
