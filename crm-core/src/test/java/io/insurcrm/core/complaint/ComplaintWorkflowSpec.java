package io.insurcrm.core.complaint;

import static io.insurcrm.core.complaint.ComplaintState.ARCHIVED;
import static io.insurcrm.core.complaint.ComplaintState.COORDINATED;
import static io.insurcrm.core.complaint.ComplaintState.CONFIRMED;
import static io.insurcrm.core.complaint.ComplaintState.FEEDBACK_GIVEN;
import static io.insurcrm.core.complaint.ComplaintState.HANDLED;
import static io.insurcrm.core.complaint.ComplaintState.RECEIVED;
import static io.insurcrm.core.complaint.ComplaintState.REGISTERED;
import static io.insurcrm.core.complaint.ComplaintState.REJECTED;
import static io.insurcrm.core.complaint.ComplaintState.TRANSFERRED;
import static io.insurcrm.core.complaint.ComplaintState.WITHDRAWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The complaint workflow written out by hand from the issue, independently of
 * {@link ComplaintState}'s table, for the tests of core and storage (test-jar).
 */
public final class ComplaintWorkflowSpec {
    /** Forward one step, the reject and withdraw windows, and the two steps back. */
    public static final Set<List<ComplaintState>> ALLOWED = Set.of(
            List.of(RECEIVED, CONFIRMED), List.of(CONFIRMED, REGISTERED), List.of(REGISTERED, TRANSFERRED),
            List.of(TRANSFERRED, COORDINATED), List.of(COORDINATED, HANDLED), List.of(HANDLED, FEEDBACK_GIVEN),
            List.of(FEEDBACK_GIVEN, ARCHIVED),
            List.of(RECEIVED, REJECTED), List.of(CONFIRMED, REJECTED),
            List.of(RECEIVED, WITHDRAWN), List.of(CONFIRMED, WITHDRAWN), List.of(REGISTERED, WITHDRAWN),
            List.of(TRANSFERRED, WITHDRAWN), List.of(COORDINATED, WITHDRAWN),
            List.of(TRANSFERRED, REGISTERED), List.of(FEEDBACK_GIVEN, COORDINATED));

    /** The main line, in order: the path that reaches each of its states from RECEIVED. */
    public static final List<ComplaintState> MAIN_LINE = List.of(RECEIVED, CONFIRMED, REGISTERED, TRANSFERRED,
            COORDINATED, HANDLED, FEEDBACK_GIVEN, ARCHIVED);

    private ComplaintWorkflowSpec() {
    }

    public static boolean allowed(ComplaintState from, ComplaintState to) {
        return ALLOWED.contains(List.of(from, to));
    }

    /** The steps from RECEIVED to {@code state}: along the main line, then off it for REJECTED/WITHDRAWN. */
    public static List<ComplaintState> pathTo(ComplaintState state) {
        List<ComplaintState> path = new ArrayList<>();
        if (state == REJECTED || state == WITHDRAWN) {
            path.add(state);
            return path;
        }
        for (ComplaintState s : MAIN_LINE.subList(1, MAIN_LINE.indexOf(state) + 1)) {
            path.add(s);
        }
        return path;
    }

    /** Every (from, to) pair of states. */
    public static List<ComplaintState[]> everyPair() {
        List<ComplaintState[]> pairs = new ArrayList<>();
        for (ComplaintState from : ComplaintState.values()) {
            for (ComplaintState to : ComplaintState.values()) {
                pairs.add(new ComplaintState[] {from, to});
            }
        }
        return pairs;
    }
}
