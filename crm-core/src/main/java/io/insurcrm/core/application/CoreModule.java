package io.insurcrm.core.application;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.core.access.AccessPolicy;
import io.insurcrm.core.access.DefaultAccessPolicy;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.complaint.ComplaintSla;
import io.insurcrm.core.entitlement.EntitlementSettings;
import io.insurcrm.core.event.DomainEvents;
import io.insurcrm.core.event.EventSubscriptions;
import io.insurcrm.core.event.StoredDomainEvents;
import io.insurcrm.core.followup.CareSettings;
import io.insurcrm.core.common.MicrosecondClock;
import io.insurcrm.core.common.UuidV7Generator;
import io.insurcrm.core.importing.ImportService;
import io.insurcrm.core.importing.internal.DefaultImportService;
import io.insurcrm.core.application.Customer360Service;
import java.time.Clock;

/**
 * The Guice module of crm-core: binds the application services. The ports (repositories and the
 * transaction runner) come from a store's module, e.g. crm-storage's {@code StorageModule}.
 *
 * <p>{@link Clock} and {@link IdGenerator} have overridable defaults (system UTC clock ticking in microseconds, UUID v7):
 * override them with {@code OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding()}.
 * The {@link AccessPolicy} defaults to {@link DefaultAccessPolicy} and is replaced the same way.
 * The operational settings ({@link ComplaintSla}, {@link CareSettings}, {@link EntitlementSettings})
 * default to their {@code DEFAULTS} and are overridden the same way.
 * Most users never see this class: {@link io.insurcrm.core.InsurCrm#builder()} composes it.
 */
public final class CoreModule extends AbstractModule {
    private final CoreSettings settings;

    public CoreModule() {
        this(CoreSettings.DEFAULTS);
    }

    public CoreModule(CoreSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        // microsecond ticks: both databases keep microseconds, so a value read back equals the one written
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault()
                .toInstance(new MicrosecondClock(Clock.systemUTC()));
        OptionalBinder.newOptionalBinder(binder(), IdGenerator.class).setDefault().to(UuidV7Generator.class);
        bind(CoreSettings.class).toInstance(settings);
        bind(BranchService.class).to(DefaultBranchService.class);
        bind(CustomerService.class).to(DefaultCustomerService.class);
        bind(PolicyService.class).to(DefaultPolicyService.class);
        bind(ClaimService.class).to(DefaultClaimService.class);
        bind(InteractionService.class).to(DefaultInteractionService.class);
        bind(Customer360Service.class).to(DefaultCustomer360Service.class);
        bind(ImportService.class).to(DefaultImportService.class);
        bind(DefaultBranchService.class).in(Singleton.class);
        bind(DefaultCustomerService.class).in(Singleton.class);
        bind(DefaultPolicyService.class).in(Singleton.class);
        bind(DefaultClaimService.class).in(Singleton.class);
        bind(DefaultInteractionService.class).in(Singleton.class);
        bind(DefaultCustomer360Service.class).in(Singleton.class);
        bind(DefaultImportService.class).in(Singleton.class);
        // operational CRM (issue 3): settings with documented defaults, overridable like Clock
        OptionalBinder.newOptionalBinder(binder(), ComplaintSla.class).setDefault().toInstance(ComplaintSla.DEFAULTS);
        OptionalBinder.newOptionalBinder(binder(), CareSettings.class).setDefault().toInstance(CareSettings.DEFAULTS);
        OptionalBinder.newOptionalBinder(binder(), EntitlementSettings.class).setDefault()
                .toInstance(EntitlementSettings.DEFAULTS);
        bind(AccountManagerService.class).to(DefaultAccountManagerService.class);
        bind(FollowUpService.class).to(DefaultFollowUpService.class);
        bind(RenewalService.class).to(DefaultRenewalService.class);
        bind(ComplaintService.class).to(DefaultComplaintService.class);
        bind(BlacklistService.class).to(DefaultBlacklistService.class);
        bind(EntitlementService.class).to(DefaultEntitlementService.class);
        bind(DefaultAccountManagerService.class).in(Singleton.class);
        bind(DefaultFollowUpService.class).in(Singleton.class);
        bind(DefaultRenewalService.class).in(Singleton.class);
        bind(DefaultComplaintService.class).in(Singleton.class);
        bind(DefaultBlacklistService.class).in(Singleton.class);
        bind(DefaultEntitlementService.class).in(Singleton.class);
        // domain events (issue 6): recorded in the change's transaction; who listens is bound by the delivery module
        bind(DomainEvents.class).to(StoredDomainEvents.class);
        bind(StoredDomainEvents.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), EventSubscriptions.class).setDefault()
                .toInstance(EventSubscriptions.NONE);
        // graded access (issue 4): the policy is replaceable like Clock; audit and data-subject requests
        OptionalBinder.newOptionalBinder(binder(), AccessPolicy.class).setDefault().to(DefaultAccessPolicy.class);
        bind(DefaultAccessPolicy.class).in(Singleton.class);
        bind(AccessGuard.class).in(Singleton.class);
        bind(AuditService.class).to(DefaultAuditService.class);
        bind(DataSubjectService.class).to(DefaultDataSubjectService.class);
        bind(DefaultAuditService.class).in(Singleton.class);
        bind(DefaultDataSubjectService.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    UuidV7Generator uuidV7(Clock clock) {
        return new UuidV7Generator(clock);
    }
}
