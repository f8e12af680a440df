package io.insurcrm.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The hash chain in memory: links, the canonical form, and the first broken link. */
class AuditChainTest {
    static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditChain.link(i, prev, new AuditRecord(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                    "u" + i, "system", "api", "READ", null, List.of("NAME")));
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    static AuditVerification verify(List<AuditEntry> entries, long headSeq, String headHash) {
        AuditChain.Verifier v = new AuditChain.Verifier();
        for (AuditEntry e : entries) {
            if (!v.accept(e)) {
                break;
            }
        }
        return v.result(headSeq, headHash);
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> c = chain(5);
        assertEquals(AuditVerification.ok(5), verify(c, 5, c.get(4).hash()));
        assertEquals(AuditVerification.ok(0), verify(List.of(), 0, AuditChain.GENESIS));
        assertEquals(64, c.get(0).hash().length());
    }

    @Test
    void theCanonicalFormCannotBeShiftedBetweenComponents() {
        AuditRecord a = new AuditRecord(Instant.EPOCH, "ab", "c", "api", "READ", null, List.of());
        AuditRecord b = new AuditRecord(Instant.EPOCH, "a", "bc", "api", "READ", null, List.of());
        assertNotEquals(AuditChain.link(1, AuditChain.GENESIS, a).hash(), AuditChain.link(1, AuditChain.GENESIS, b).hash());
    }

    @Test
    void theFirstBrokenLinkIsReported() {
        List<AuditEntry> c = chain(5);
        String head = c.get(4).hash();
        List<AuditEntry> modified = new ArrayList<>(c);
        AuditEntry e = c.get(2);
        modified.set(2, new AuditEntry(e.seq(), e.at(), "mallory", e.role(), e.channel(), e.action(), e.customerId(),
                e.fields(), e.previousHash(), e.hash()));
        assertEquals(OptionalLong.of(3), verify(modified, 5, head).firstBroken());
        List<AuditEntry> deleted = new ArrayList<>(c);
        deleted.remove(1);
        assertEquals(OptionalLong.of(2), verify(deleted, 5, head).firstBroken());
        List<AuditEntry> swapped = new ArrayList<>(c);
        swapped.set(1, c.get(2));
        swapped.set(2, c.get(1));
        assertEquals(OptionalLong.of(2), verify(swapped, 5, head).firstBroken());
        assertEquals(OptionalLong.of(5), verify(c.subList(0, 4), 5, head).firstBroken());
    }
}
