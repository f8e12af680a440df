package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.blacklist.BlacklistAction;
import io.insurcrm.core.blacklist.BlacklistAudit;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.BlacklistEntryId;
import io.insurcrm.core.blacklist.BlacklistHit;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class DefaultBlacklistService implements BlacklistService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultBlacklistService.class);

    private final BlacklistRepository entries;
    private final BlacklistScreen screen;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    private final AccessGuard guard;

    @Inject
    DefaultBlacklistService(BlacklistRepository entries, BranchRepository branches, TransactionRunner tx,
            IdGenerator ids, Clock clock, AccessGuard guard) {
        this.entries = entries;
        this.screen = new BlacklistScreen(entries, branches);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public BlacklistEntry add(Actor actor, NewBlacklistEntry n) {
        guard.require(actor, Action.MANAGE_BLACKLIST);
        Objects.requireNonNull(n, "entry");
        Instant now = clock.instant();
        BlacklistEntry e = new BlacklistEntry(new BlacklistEntryId(ids.next()), 1, n.person(), n.reasonCode(),
                n.reason(), n.scopeBranchId(), n.startsAt() == null ? now : n.startsAt(), n.expiresAt(), null,
                actor.userId(), now, now);
        return tx.inTransaction(() -> {
            entries.insert(e); // an unknown scope branch: the foreign key answers with a ValidationException
            entries.insertAudit(audit(e, BlacklistAction.ADDED, actor, now));
            LOG.info("blacklist entry {} ({}) added by {}", e.id(), e.reasonCode(), actor.userId());
            return e;
        });
    }

    @Override
    public BlacklistEntry revoke(Actor actor, BlacklistEntryId id, long expectedVersion) {
        guard.require(actor, Action.MANAGE_BLACKLIST);
        return tx.inTransaction(() -> {
            BlacklistEntry e = entries.findById(id).orElseThrow(() -> new NotFoundException("blacklistEntry", id));
            if (e.revokedAt() != null) {
                throw new ValidationException("id", "active", "the entry is already revoked");
            }
            Instant now = clock.instant();
            BlacklistEntry stale = new BlacklistEntry(e.id(), expectedVersion, e.person(), e.reasonCode(), e.reason(),
                    e.scopeBranchId(), e.startsAt(), e.expiresAt(), e.revokedAt(), e.addedBy(), e.createdAt(),
                    e.updatedAt());
            BlacklistEntry next = stale.revoked(now);
            entries.update(next);
            entries.insertAudit(audit(next, BlacklistAction.REVOKED, actor, now));
            return next;
        });
    }

    private BlacklistAudit audit(BlacklistEntry e, BlacklistAction action, Actor actor, Instant now) {
        return new BlacklistAudit(ids.next(), e.id(), action, e.reasonCode(), e.scopeBranchId(), e.expiresAt(),
                actor.userId(), now);
    }

    @Override
    public Optional<BlacklistEntry> get(Actor actor, BlacklistEntryId id) {
        guard.require(actor, Action.MANAGE_BLACKLIST);
        return entries.findById(id);
    }

    @Override
    public List<BlacklistAudit> audit(Actor actor, BlacklistEntryId id) {
        guard.require(actor, Action.MANAGE_BLACKLIST);
        return entries.audit(id);
    }

    @Override
    public Optional<BlacklistHit> check(Actor actor, PersonKey person, BranchId branchId) {
        guard.require(actor, Action.CREATE);
        Objects.requireNonNull(person, "person");
        return tx.inTransaction(() -> screen.check(person, branchId, clock.instant()));
    }
}
