package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.BLACKLIST_ENTRY;
import static io.insurcrm.storage.internal.jooq.Tables.BLACKLIST_HISTORY;

import io.insurcrm.core.blacklist.BlacklistAction;
import io.insurcrm.core.blacklist.BlacklistAudit;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.BlacklistEntryId;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.internal.jooq.tables.records.BlacklistEntryRecord;
import io.insurcrm.storage.internal.jooq.tables.records.BlacklistHistoryRecord;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Entries are stored with canonical identifiers and the compacted name, so matching is plain equality. */
final class JooqBlacklistRepository implements BlacklistRepository {
    private final DSLContext dsl;

    @Inject
    JooqBlacklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(BlacklistEntry entry) {
        dsl.executeInsert(toRecord(entry));
    }

    @Override
    public void update(BlacklistEntry next) {
        Batches.updateVersioned(dsl, BLACKLIST_ENTRY, BLACKLIST_ENTRY.ID, BLACKLIST_ENTRY.VERSION,
                List.of(toRecord(next)));
    }

    @Override
    public void insertAudit(BlacklistAudit a) {
        dsl.executeInsert(new BlacklistHistoryRecord(a.id(), a.entryId().value(), a.action().name(), a.reasonCode(),
                Columns.map(a.scopeBranchId(), BranchId::value), Columns.timestamp(a.expiresAt()), a.actorId(),
                Columns.timestamp(a.occurredAt())));
    }

    @Override
    public Optional<BlacklistEntry> findById(BlacklistEntryId id) {
        return dsl.selectFrom(BLACKLIST_ENTRY).where(BLACKLIST_ENTRY.ID.eq(id.value()))
                .fetchOptional(JooqBlacklistRepository::toEntry);
    }

    @Override
    public List<BlacklistEntry> findCandidates(Collection<PersonKey> people) {
        Map<UUID, BlacklistEntry> found = new LinkedHashMap<>();
        // a chunk of people gives at most three IN lists of CHUNK keys each
        for (List<PersonKey> chunk : Batches.chunks(new ArrayList<>(people))) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> mobiles = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            for (PersonKey p : chunk) {
                if (p.nationalId() != null) {
                    ids.add(p.nationalId().value());
                }
                if (p.mobile() != null) {
                    mobiles.add(p.mobile().value());
                }
                if (p.hasNameAndBirthDate()) {
                    names.add(p.name());
                }
            }
            Condition any = DSL.falseCondition();
            if (!ids.isEmpty()) {
                any = any.or(BLACKLIST_ENTRY.NATIONAL_ID.in(ids));
            }
            if (!mobiles.isEmpty()) {
                any = any.or(BLACKLIST_ENTRY.MOBILE.in(mobiles));
            }
            if (!names.isEmpty()) {
                any = any.or(BLACKLIST_ENTRY.PERSON_NAME.in(names));
            }
            if (ids.isEmpty() && mobiles.isEmpty() && names.isEmpty()) {
                continue;
            }
            dsl.selectFrom(BLACKLIST_ENTRY).where(any).fetch(JooqBlacklistRepository::toEntry)
                    .forEach(e -> found.putIfAbsent(e.id().value(), e));
        }
        return new ArrayList<>(found.values());
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(BLACKLIST_ENTRY);
    }

    @Override
    public List<BlacklistAudit> audit(BlacklistEntryId id) {
        return dsl.selectFrom(BLACKLIST_HISTORY).where(BLACKLIST_HISTORY.ENTRY_ID.eq(id.value()))
                .orderBy(BLACKLIST_HISTORY.OCCURRED_AT, BLACKLIST_HISTORY.ID)
                .fetch(r -> new BlacklistAudit(r.getId(), new BlacklistEntryId(r.getEntryId()),
                        BlacklistAction.valueOf(r.getAction()), r.getReasonCode(),
                        Columns.map(r.getScopeBranchId(), BranchId::new), Columns.instant(r.getExpiresAt()),
                        r.getActorId(), Columns.instant(r.getOccurredAt())));
    }

    static BlacklistEntryRecord toRecord(BlacklistEntry e) {
        PersonKey p = e.person();
        return new BlacklistEntryRecord(e.id().value(), e.version(), Columns.map(p.nationalId(), NationalIdNumber::value),
                Columns.map(p.mobile(), MobileNumber::value), p.name(), p.dateOfBirth(), e.reasonCode(), e.reason(),
                Columns.map(e.scopeBranchId(), BranchId::value), Columns.timestamp(e.startsAt()),
                Columns.timestamp(e.expiresAt()), Columns.timestamp(e.revokedAt()), e.addedBy(),
                Columns.timestamp(e.createdAt()), Columns.timestamp(e.updatedAt()));
    }

    static BlacklistEntry toEntry(BlacklistEntryRecord r) {
        return new BlacklistEntry(new BlacklistEntryId(r.getId()), r.getVersion(),
                new PersonKey(Columns.map(r.getNationalId(), NationalIdNumber::new),
                        Columns.map(r.getMobile(), MobileNumber::new), r.getPersonName(), r.getDateOfBirth()),
                r.getReasonCode(), r.getReason(), Columns.map(r.getScopeBranchId(), BranchId::new),
                Columns.instant(r.getStartsAt()), Columns.instant(r.getExpiresAt()), Columns.instant(r.getRevokedAt()),
                r.getAddedBy(), Columns.instant(r.getCreatedAt()), Columns.instant(r.getUpdatedAt()));
    }
}
