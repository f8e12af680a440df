package io.insurcrm.core.blacklist;

import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Screens people against the blacklist for an operation in a branch, in one query for a whole
 * batch: the repository returns the entries sharing an identifier, and this class keeps those that
 * are active at {@code now}, really match (name and date of birth only together), and apply to the
 * branch (company-wide, or the branch lies in the entry's subtree). Used by customer creation, the
 * import and policy issue, inside their transaction.
 */
public final class BlacklistScreen {
    private static final Comparator<BlacklistHit> ORDER = Comparator
            .comparing((BlacklistHit h) -> h.matchedOn().ordinal()).thenComparing(h -> h.entryId().value());

    private final BlacklistRepository entries;
    private final BranchRepository branches;

    public BlacklistScreen(BlacklistRepository entries, BranchRepository branches) {
        this.entries = Objects.requireNonNull(entries, "entries");
        this.branches = Objects.requireNonNull(branches, "branches");
    }

    /** A person to screen and the branch the operation happens in. */
    public record Subject(PersonKey person, BranchId branchId) {
    }

    /** The first hit of one person (by national ID before mobile before name + birth date), if any. */
    public Optional<BlacklistHit> check(PersonKey person, BranchId branchId, Instant now) {
        return Optional.ofNullable(checkAll(List.of(new Subject(person, branchId)), now).get(0));
    }

    /** The first hit of each subject, by the subject's index; subjects without a hit are absent. */
    public Map<Integer, BlacklistHit> checkAll(List<Subject> subjects, Instant now) {
        List<PersonKey> people = new ArrayList<>(subjects.size());
        for (Subject s : subjects) {
            if (s.person() != null && !s.person().isEmpty()) {
                people.add(s.person());
            }
        }
        Map<Integer, BlacklistHit> result = new HashMap<>();
        if (people.isEmpty() || entries.isEmpty()) {
            return result;
        }
        List<BlacklistEntry> candidates = new ArrayList<>();
        for (BlacklistEntry e : entries.findCandidates(people)) {
            if (e.isActive(now)) {
                candidates.add(e);
            }
        }
        if (candidates.isEmpty()) {
            return result;
        }
        BranchTree tree = candidates.stream().allMatch(BlacklistEntry::isCompanyWide) ? null
                : new BranchTree(branches.findAll());
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            if (s.person() == null) {
                continue;
            }
            BlacklistHit best = null;
            for (BlacklistEntry e : candidates) {
                MatchedOn on = matchedOn(e.person(), s.person());
                if (on == null || !applies(e, s.branchId(), tree)) {
                    continue;
                }
                BlacklistHit hit = new BlacklistHit(e.id(), e.reasonCode(), on, e.scopeBranchId());
                if (best == null || ORDER.compare(hit, best) < 0) {
                    best = hit;
                }
            }
            if (best != null) {
                result.put(i, best);
            }
        }
        return result;
    }

    private static boolean applies(BlacklistEntry e, BranchId branchId, BranchTree tree) {
        return e.isCompanyWide() || (branchId != null && tree.isWithin(branchId, e.scopeBranchId()));
    }

    /** The strongest identifier the two share, or null. */
    static MatchedOn matchedOn(PersonKey listed, PersonKey person) {
        if (listed.nationalId() != null && listed.nationalId().equals(person.nationalId())) {
            return MatchedOn.NATIONAL_ID;
        }
        if (listed.mobile() != null && listed.mobile().equals(person.mobile())) {
            return MatchedOn.MOBILE;
        }
        if (listed.hasNameAndBirthDate() && person.hasNameAndBirthDate() && listed.name().equals(person.name())
                && listed.dateOfBirth().equals(person.dateOfBirth())) {
            return MatchedOn.NAME_AND_BIRTH_DATE;
        }
        return null;
    }
}
