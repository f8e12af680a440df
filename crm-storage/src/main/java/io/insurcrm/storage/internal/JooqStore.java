package io.insurcrm.storage.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.PrivateModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import io.insurcrm.analytics.port.BlacklistMatches;
import io.insurcrm.analytics.port.ComplaintSlaBreaches;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.core.access.Customer360Source;
import io.insurcrm.core.access.CustomerScopeRepository;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.privacy.DataSubjectRepository;
import io.insurcrm.analytics.port.AlertRepository;
import io.insurcrm.analytics.port.CubeSource;
import io.insurcrm.analytics.port.CustomerFactsSource;
import io.insurcrm.analytics.port.SegmentSnapshotRepository;
import io.insurcrm.analytics.report.ReportSource;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.complaint.ComplaintRepository;
import io.insurcrm.core.followup.FollowUpRepository;
import io.insurcrm.core.outbox.OutboundMessageRepository;
import io.insurcrm.core.outbox.MessageDeliveryRepository;
import io.insurcrm.core.event.DomainEventRepository;
import io.insurcrm.core.renewal.RenewalRepository;
import io.insurcrm.core.segment.CustomerSegmentRepository;
import io.insurcrm.core.staff.AccountManagerRepository;
import io.insurcrm.core.staff.AssignmentRepository;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.store.Store;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.core.transaction.TransactionRunner;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opened jOOQ store: one connection target, one singleton {@link DSLContext}, and a private Guice
 * module that exposes only the ports of crm-core and crm-analytics. Internal: use {@code io.insurcrm.storage}.
 */
public final class JooqStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(JooqStore.class);

    private final ConnectionTarget target;
    private final DSLContext dsl;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AuditSealer sealer;

    private JooqStore(ConnectionTarget target, DSLContext dsl, AuditSealer sealer) {
        this.target = target;
        this.dsl = dsl;
        this.sealer = sealer;
    }

    /** Whether {@link #open} can handle this location (a known dialect). */
    public static boolean supports(StoreLocation location) {
        return ConnectionTarget.supports(location);
    }

    /** Connects, migrates if asked, and builds the {@link DSLContext}. Closes what it opened on failure. */
    public static JooqStore open(StoreLocation location, StoreOptions options) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(options, "options");
        ConnectionTarget target = ConnectionTarget.connect(location, options);
        try {
            if (options.migrate()) {
                Migrations.migrate(target.dataSource());
            }
            DSLContext dsl = Dsl.create(target.dataSource(), target.dialect(), options.fetchSize());
            long writeBehind = location instanceof StoreLocation.EmbeddedFolder ? readWriteBehindMillis(dsl) : 0;
            LOG.debug("store {} opened with dialect {}, reads in clear written behind by {} ms",
                    target.description(), target.dialect(), writeBehind);
            return new JooqStore(target, dsl, new AuditSealer(writeBehind));
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    /**
     * How long the embedded H2 store may keep a read in clear in memory before writing it to the
     * audit trail: H2 itself writes committed transactions to disk only after its {@code WRITE_DELAY}
     * (500 ms unless changed), so until then a commit survives nothing that kills this process, and
     * the database runs in this process (the folder store opens it with {@code AUTO_SERVER=FALSE}).
     * Keeping a read for at most {@value #WRITE_BEHIND_MAX_MILLIS} ms more costs a crash at most that
     * much more of the trail, and saves every read in clear its own insert and commit. With
     * {@code WRITE_DELAY=0} (every commit written at once) each read is written by its reader, as on
     * every other location, where another process may own the database.
     */
    private static long readWriteBehindMillis(DSLContext dsl) {
        // the smallest: a database set to WRITE_DELAY 0 lists the setting twice (stored and in effect)
        Object delay = dsl.fetchValue("SELECT MIN(CAST(SETTING_VALUE AS INT)) FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'WRITE_DELAY'");
        long writeDelay = delay == null ? 0 : Long.parseLong(delay.toString().strip());
        return writeDelay <= 0 ? 0 : Math.min(writeDelay, WRITE_BEHIND_MAX_MILLIS);
    }

    /** The longest a read in clear is kept in memory on the embedded H2 store (see {@link #readWriteBehindMillis}). */
    static final long WRITE_BEHIND_MAX_MILLIS = 100;

    @Override
    public Module module() {
        return Modules.combine(storage(), new AbstractModule() {
            @Override
            protected void configure() {
                // the analytics ports with a default (NONE) in AnalyticsModule: overridden here; their
                // settings (the zone) come from AnalyticsModule when installed, else the defaults
                OptionalBinder.newOptionalBinder(binder(), AnalyticsSettings.class);
                OptionalBinder.newOptionalBinder(binder(), BlacklistMatches.class).setBinding()
                        .to(JooqBlacklistMatches.class);
                OptionalBinder.newOptionalBinder(binder(), ComplaintSlaBreaches.class).setBinding()
                        .to(JooqComplaintSlaBreaches.class);
            }
        });
    }

    private Module storage() {
        return new PrivateModule() {
            @Override
            protected void configure() {
                bind(DSLContext.class).toInstance(dsl);
                bind(AuditSealer.class).toInstance(sealer);
                bindExposed(TransactionRunner.class, JooqTransactionRunner.class);
                bindExposed(BranchRepository.class, JooqBranchRepository.class);
                bindExposed(CustomerRepository.class, JooqCustomerRepository.class);
                bindExposed(HouseholdRepository.class, JooqHouseholdRepository.class);
                bindExposed(PolicyRepository.class, JooqPolicyRepository.class);
                bindExposed(ClaimRepository.class, JooqClaimRepository.class);
                bindExposed(InteractionRepository.class, JooqInteractionRepository.class);
                bindExposed(AccountManagerRepository.class, JooqAccountManagerRepository.class);
                bindExposed(AssignmentRepository.class, JooqAssignmentRepository.class);
                bindExposed(CustomerSegmentRepository.class, JooqCustomerSegmentRepository.class);
                bindExposed(FollowUpRepository.class, JooqFollowUpRepository.class);
                bindExposed(RenewalRepository.class, JooqRenewalRepository.class);
                bindExposed(ComplaintRepository.class, JooqComplaintRepository.class);
                bindExposed(BlacklistRepository.class, JooqBlacklistRepository.class);
                bindExposed(OutboundMessageRepository.class, JooqOutboundMessageRepository.class);
                bindExposed(MessageDeliveryRepository.class, JooqMessageDeliveryRepository.class);
                bindExposed(DomainEventRepository.class, JooqDomainEventRepository.class);
                bindExposed(CustomerScopeRepository.class, JooqCustomerScopeRepository.class);
                bindExposed(Customer360Source.class, JooqCustomer360Source.class);
                bindExposed(AuditRepository.class, JooqAuditRepository.class);
                bindExposed(DataSubjectRepository.class, JooqDataSubjectRepository.class);
                // the ports of crm-analytics
                bindExposed(CustomerFactsSource.class, JooqCustomerFactsSource.class);
                bindExposed(CubeSource.class, JooqCubeSource.class);
                bindExposed(SegmentSnapshotRepository.class, JooqSegmentSnapshotRepository.class);
                bindExposed(AlertRepository.class, JooqAlertRepository.class);
                bindExposed(ReportSource.class, JooqReportSource.class);
                bindExposed(JooqBlacklistMatches.class, JooqBlacklistMatches.class);
                bindExposed(JooqComplaintSlaBreaches.class, JooqComplaintSlaBreaches.class);
            }

            private <T> void bindExposed(Class<T> port, Class<? extends T> implementation) {
                if (port == implementation) {
                    bind(port).in(Singleton.class);
                } else {
                    bind(implementation).in(Singleton.class);
                    bind(port).to(implementation);
                }
                expose(port);
            }
        };
    }

    @Override
    public String describe() {
        return target.description();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sealer.close(); // before the pool: a running seal finishes
            target.close();
        }
    }
}
