package io.insurcrm.core.complaint;

import static io.insurcrm.core.complaint.ComplaintState.ARCHIVED;
import static io.insurcrm.core.complaint.ComplaintState.CONFIRMED;
import static io.insurcrm.core.complaint.ComplaintState.HANDLED;
import static io.insurcrm.core.complaint.ComplaintState.REGISTERED;
import static io.insurcrm.core.complaint.ComplaintState.REJECTED;
import static io.insurcrm.core.complaint.ComplaintState.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The workflow table checked against a list written out by hand from the issue, pair by pair. */
class ComplaintStateTest {
    static Stream<Arguments> everyPair() {
        return ComplaintWorkflowSpec.everyPair().stream().map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theTableMatchesTheHandWrittenList(ComplaintState from, ComplaintState to) {
        assertEquals(ComplaintWorkflowSpec.allowed(from, to), from.canMoveTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theAggregateFollowsTheTable(ComplaintState from, ComplaintState to) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Complaint c = in(from, t);
        ComplaintTransition step = to == HANDLED ? ComplaintTransition.handled(RootCause.PROCESS)
                : ComplaintTransition.to(to);
        if (ComplaintWorkflowSpec.allowed(from, to)) {
            Complaint next = c.moveTo(step, ComplaintSla.DEFAULTS, t.plusSeconds(60));
            assertEquals(to, next.state());
            assertEquals(c.version() + 1, next.version());
        } else {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> c.moveTo(step, ComplaintSla.DEFAULTS, t.plusSeconds(60)));
            assertEquals("transition", e.violations().get(0).rule());
        }
    }

    @Test
    void finalStatesAreExactlyThoseWithoutAWayOut() {
        for (ComplaintState s : ComplaintState.values()) {
            assertEquals(s == ARCHIVED || s == REJECTED || s == WITHDRAWN, s.isFinal(), s.name());
        }
    }

    @Test
    void deadlinesComeFromTheSlaTableAndHandlingTimeIsKept() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        ComplaintSla sla = ComplaintSla.DEFAULTS.with(CONFIRMED, Duration.ofHours(4));
        Complaint c = Complaint.receive(new ComplaintId(UUID.randomUUID()), newComplaint(), null, sla, t);
        assertEquals(t.plus(Duration.ofDays(1)), c.deadlineAt());
        Complaint confirmed = c.moveTo(ComplaintTransition.to(CONFIRMED), sla, t.plusSeconds(3600));
        assertEquals(t.plusSeconds(3600 + 4 * 3600), confirmed.deadlineAt());
        Complaint late = confirmed.moveTo(ComplaintTransition.to(REGISTERED), sla, t.plusSeconds(6 * 3600));
        assertEquals(true, late.slaBreached(), "left CONFIRMED after its 4-hour deadline");
        assertThrows(IllegalArgumentException.class, () -> ComplaintSla.DEFAULTS.with(HANDLED, Duration.ZERO));
        assertThrows(ValidationException.class, () -> ComplaintTransition.to(HANDLED), "a root cause is required");
    }

    /** A complaint already in {@code state} (built directly: the model allows any stored state). */
    private static Complaint in(ComplaintState state, Instant t) {
        Complaint c = Complaint.receive(new ComplaintId(UUID.randomUUID()), newComplaint(), null,
                ComplaintSla.DEFAULTS, t);
        return new Complaint(c.id(), 3, c.customerId(), null, c.category(), null, null, null, state,
                c.originBranchId(), c.responsibleBranchId(), t, t, ComplaintSla.DEFAULTS.deadline(state, t), null, null,
                0, false, t);
    }

    private static NewComplaint newComplaint() {
        return new NewComplaint(new CustomerId(UUID.randomUUID()), null, ComplaintCategory.SERVICE_ATTITUDE, null,
                null, new BranchId(UUID.randomUUID()));
    }
}
