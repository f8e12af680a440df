package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * INTERACTIONS, keyed by {@code source_ref}. Interactions are append-only: a row whose source
 * reference is already stored is {@code unchanged}, whatever it holds (it is neither compared nor
 * validated against the stored one). {@code occurred_at} is an ISO instant, or a local date-time
 * read in {@link ImportOptions#zone()}.
 */
final class InteractionImport extends KindHandler {

    InteractionImport(ImportPorts ports, ImportOptions options) {
        super(ImportKind.INTERACTIONS, ports, options);
    }

    @Override
    Map<String, Cells.Parser> parsers() {
        Map<String, Cells.Parser> p = new HashMap<>();
        p.put("source_ref", Cells.TEXT);
        p.put(Refs.CUSTOMER_NID, Cells.identifier(NationalIdNumber::parse));
        p.put(Refs.CUSTOMER_ORG, Cells.identifier(OrganisationCode::parse));
        p.put("channel", Cells.enumOf(InteractionChannel.class));
        p.put("type", Cells.enumOf(InteractionType.class));
        p.put("occurred_at", Cells.instant(options.zone()));
        p.put("staff_id", Cells.TEXT);
        p.put("summary", Cells.TEXT);
        return p;
    }

    @Override
    String keyOf(Map<String, Object> cells, RowProblems problems) {
        Refs.checkOneCustomerKey(cells, problems);
        return requireKeyText(cells, "source_ref", 100, problems);
    }

    @Override
    String columnOf(String modelField) {
        return "customerId".equals(modelField) ? Refs.CUSTOMER_NID : super.columnOf(modelField);
    }

    @Override
    void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome) {
        List<String> refs = new ArrayList<>(rows.size());
        for (ParsedRow row : rows) {
            refs.add(row.key());
        }
        Set<String> stored = ports.interactions().findExistingSourceRefs(refs);
        List<ParsedRow> fresh = new ArrayList<>(rows.size());
        for (ParsedRow row : rows) {
            if (!stored.contains(row.key())) {
                fresh.add(row);
            } else if (row.validateOnly()) {
                outcome.reject(row.cellErrors());
            } else {
                outcome.unchanged++;
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        Refs.Customers customers = new Refs.Customers(ports.customers(), fresh);
        List<Interaction> inserts = new ArrayList<>(fresh.size());
        for (ParsedRow row : fresh) {
            applyRow(row, customers, now, outcome, inserts);
        }
        if (!inserts.isEmpty()) {
            ports.interactions().insertAll(inserts);
        }
    }

    /**
     * One row of {@link #apply}, in its own method so that the JIT compiles the per-row work once it
     * is hot (thousands of calls), instead of only through on-stack replacement of a loop in a method
     * called once per batch.
     */
    private void applyRow(ParsedRow row, Refs.Customers customers, Instant now, BatchOutcome outcome,
            List<Interaction> inserts) {
        RowProblems problems = RowProblems.of(row);
        CustomerId customer = customers.resolve(row, null, "an interaction", problems);
        NewInteraction command = null;
        try {
            command = new NewInteraction(customer, row.get("channel"), row.get("type"), row.get("occurred_at"),
                    row.get("staff_id"), row.get("summary"), row.key());
        } catch (ValidationException e) {
            problems.addAll(e, field -> "customerId".equals(field) && problems.has(Refs.CUSTOMER_ORG)
                    ? Refs.CUSTOMER_ORG : columnOf(field));
        }
        if (problems.rejectInto(outcome)) {
            return;
        }
        inserts.add(Interaction.record(new InteractionId(ports.ids().next()), command, now));
        outcome.inserted++;
    }
}
