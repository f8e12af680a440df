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

    /**
     * Resolves the customers of the whole batch, builds the interactions of the rows that are valid,
     * and hands them to {@link io.insurcrm.core.interaction.InteractionRepository#insertNew}, which
     * inserts those whose source reference is new and names the others (counted {@code unchanged}).
     * On PostgreSQL that is one statement, without a separate probe of the keys. A row with problems
     * is rejected only if its source reference is not stored: those rows' keys are asked for
     * afterwards, in one statement and only in a batch that has such rows, so a stored row is
     * {@code unchanged} whatever it holds, as before (one with bad cells reports only those).
     */
    @Override
    void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome) {
        Refs.Customers customers = new Refs.Customers(ports.customers(), rows);
        List<Interaction> inserts = new ArrayList<>(rows.size());
        List<ParsedRow> held = new ArrayList<>();
        List<RowProblems> heldProblems = new ArrayList<>();
        for (ParsedRow row : rows) {
            RowProblems problems = applyRow(row, customers, now, inserts);
            if (problems != null) {
                held.add(row);
                heldProblems.add(problems);
            }
        }
        if (!inserts.isEmpty()) {
            int stored = ports.interactions().insertNew(inserts).size();
            outcome.inserted += inserts.size() - stored;
            outcome.unchanged += stored;
        }
        if (held.isEmpty()) {
            return;
        }
        List<String> refs = new ArrayList<>(held.size());
        for (ParsedRow row : held) {
            refs.add(row.key());
        }
        Set<String> stored = ports.interactions().findExistingSourceRefs(refs);
        for (int i = 0; i < held.size(); i++) {
            ParsedRow row = held.get(i);
            if (!stored.contains(row.key())) {
                heldProblems.get(i).rejectInto(outcome);
            } else if (row.validateOnly()) {
                outcome.reject(row.cellErrors());
            } else {
                outcome.unchanged++;
            }
        }
    }

    /**
     * One row of {@link #apply}, in its own method so that the JIT compiles the per-row work once it
     * is hot (thousands of calls), instead of only through on-stack replacement of a loop in a method
     * called once per batch. Adds the row's interaction to {@code inserts}, or returns its problems.
     */
    private RowProblems applyRow(ParsedRow row, Refs.Customers customers, Instant now, List<Interaction> inserts) {
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
        if (problems.any()) {
            return problems;
        }
        inserts.add(Interaction.record(new InteractionId(ports.ids().next()), command, now));
        return null;
    }
}
