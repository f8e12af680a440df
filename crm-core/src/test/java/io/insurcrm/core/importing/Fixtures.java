package io.insurcrm.core.importing;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.internal.DefaultImportService;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Shared test data: valid identifiers, a store with two branches, and the service wired to it. */
final class Fixtures {
    static final Actor ACTOR = Actor.system("nightly-import");
    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    /** Valid ID numbers (checksums computed), men have an odd 17th digit. */
    static final String NID_A = nid("11010519800101001"); // male, 1980-01-01
    static final String NID_B = nid("11010519850202002"); // female, 1985-02-02
    static final String NID_C = nid("31011519900303003"); // male, 1990-03-03
    static final String NID_D = nid("44030119951111004"); // female, 1995-11-11
    static final String ORG_A = org("91110108MA01ABCD1");
    static final String ORG_B = org("91440300MA5DEF012");

    final InMemoryStore store = new InMemoryStore();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final IdGenerator ids = UUID::randomUUID;
    final DefaultImportService service = new DefaultImportService(store.customerRepository,
            store.householdRepository, store.branchRepository, store.policyRepository, store.claimRepository,
            store.interactionRepository, store, ids, clock);

    static String nid(String first17) {
        return first17 + NationalIdNumber.checkCharacter(first17);
    }

    static String org(String first17) {
        return first17 + OrganisationCode.checkCharacter(first17);
    }

    /** Adds head office HO and province branch GD. */
    Fixtures withBranches() {
        Branch ho = new Branch(new BranchId(ids.next()), "HO", "Head office", BranchLevel.HEAD_OFFICE, null, null);
        Branch gd = new Branch(new BranchId(ids.next()), "GD", "Guangdong", BranchLevel.PROVINCE, ho.id(), "Guangdong");
        store.branches.put(ho.id(), ho);
        store.branches.put(gd.id(), gd);
        return this;
    }

    ImportReport csv(ImportKind kind, String text) {
        return csv(kind, text, ImportOptions.DEFAULTS);
    }

    ImportReport csv(ImportKind kind, String text, ImportOptions options) {
        return service.importFrom(ACTOR, kind, ImportFormat.CSV, new StringReader(text), options);
    }

    ImportReport jsonl(ImportKind kind, String text) {
        return service.importFrom(ACTOR, kind, ImportFormat.JSON_LINES, new StringReader(text), ImportOptions.DEFAULTS);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A progress listener that remembers its calls. */
    static final class Progress implements ImportProgressListener {
        final List<Long> rowsRead = new ArrayList<>();
        final List<ImportReport> reports = new ArrayList<>();

        @Override
        public void onBatch(long read, ImportReport soFar) {
            rowsRead.add(read);
            reports.add(soFar);
        }
    }
}
