package io.insurcrm.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail. {@code hash(n) = SHA-256(hash(n-1) || canonical(n))}, hex, with
 * {@link #GENESIS} before the first entry. The canonical form length-prefixes every component, so no
 * choice of values can make two different entries serialise alike.
 */
public final class AuditChain {
    /** The "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry {@code seq} for {@code record}, linked after {@code previousHash}. */
    public static AuditEntry link(long seq, String previousHash, AuditRecord r) {
        AuditEntry unhashed = new AuditEntry(seq, r.at(), r.actorId(), r.role(), r.channel(), r.action(),
                r.customerId(), r.fields(), previousHash, "");
        return new AuditEntry(seq, r.at(), r.actorId(), r.role(), r.channel(), r.action(), r.customerId(),
                r.fields(), previousHash, hash(previousHash, unhashed));
    }

    /** {@code SHA-256(previousHash || canonical(entry))} in lower-case hex. */
    public static String hash(String previousHash, AuditEntry e) {
        StringBuilder b = new StringBuilder(256);
        b.append(previousHash);
        part(b, Long.toString(e.seq()));
        part(b, e.at().toString());
        part(b, e.actorId());
        part(b, e.role());
        part(b, e.channel());
        part(b, e.action());
        part(b, e.customerId() == null ? "" : e.customerId().value().toString());
        part(b, Integer.toString(e.fields().size()));
        e.fields().forEach(f -> part(b, f));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
        }
    }

    private static void part(StringBuilder b, String s) {
        b.append('|').append(s.length()).append(':').append(s);
    }

    /**
     * Checks entries in sequence order, incrementally: feed every entry to {@link #accept}, then ask
     * {@link #result} with the stored head.
     */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String previousHash = GENESIS;
        private Long broken;

        /** Takes the next entry (by ascending seq); returns false once a broken link was found. */
        public boolean accept(AuditEntry e) {
            if (broken != null) {
                return false;
            }
            // a gap (deleted entry), a wrong back-link (deleted or re-ordered) or a wrong hash (modified)
            if (e.seq() != expectedSeq || !e.previousHash().equals(previousHash)
                    || !hash(previousHash, e).equals(e.hash())) {
                broken = Math.min(e.seq(), expectedSeq);
                return false;
            }
            expectedSeq++;
            previousHash = e.hash();
            return true;
        }

        /** The first broken link, also when the last entries were removed (the head then points past the end). */
        public AuditVerification result(long headSeq, String headHash) {
            if (broken == null && (headSeq != expectedSeq - 1 || !headHash.equals(previousHash))) {
                broken = Math.min(headSeq, expectedSeq);
            }
            return broken == null ? AuditVerification.ok(expectedSeq - 1) : AuditVerification.brokenAt(broken);
        }
    }

}
