package io.insurcrm.storage.operations;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.operations.Ops.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.application.AccountManagerService;
import io.insurcrm.core.application.BranchService;
import io.insurcrm.core.application.CoreModule;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.Assignment;
import io.insurcrm.core.staff.AssignmentChange;
import io.insurcrm.core.staff.AssignmentReason;
import io.insurcrm.core.staff.Evaluation;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.core.staff.Grading;
import io.insurcrm.core.staff.GradingOutcome;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.StorageModule;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Branch hierarchy queries, grades and re-certification, and the one-responsible-manager invariant. */
class AccountManagerStoreTest {
    private static final Logger LOG = LoggerFactory.getLogger(AccountManagerStoreTest.class);
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final int BOOK = 10_000;

    @StoreTest
    void subtreeAndPathToHeadOffice(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            BranchService branches = crm.branches();

            assertEquals(List.of("GD", "SZ", "NS"), codes(branches.subtree(ACTOR, b.get("GD").id())));
            assertEquals(List.of("NS"), codes(branches.subtree(ACTOR, b.get("NS").id())));
            assertEquals(5, branches.subtree(ACTOR, b.get("HO").id()).size());
            assertEquals(List.of("NS", "SZ", "GD", "HO"), codes(branches.pathToHeadOffice(ACTOR, b.get("NS").id())));
            assertEquals(List.of("BJ", "HO"), codes(branches.pathToHeadOffice(ACTOR, b.get("BJ").id())));
            assertTrue(branches.subtree(ACTOR, new BranchId(UUID.randomUUID())).isEmpty());
        }
    }

    @StoreTest
    void gradesAreApprovedAtTheirLevelAndReCertifiedYearly(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            AccountManagerService ams = crm.accountManagers();
            AccountManager m = ams.register(ACTOR, "S001", "王经理", b.get("SZ").id(), Grade.INTERMEDIATE, 2024);

            Grading g2025 = ams.recertify(ACTOR, m.id(), 2025, Evaluation.EXCELLENT);
            Grading g2026 = ams.recertify(ACTOR, m.id(), 2026, Evaluation.EXCELLENT);

            assertEquals(GradingOutcome.RAISED, g2025.outcome());
            assertEquals(Grade.SENIOR, g2025.grade());
            assertEquals(BranchLevel.PROVINCE, g2025.approvingLevel(), "senior grades are approved by the province");
            assertEquals(Grade.CHIEF, g2026.grade());
            assertThrows(DuplicateException.class, () -> ams.recertify(ACTOR, m.id(), 2026, Evaluation.COMPETENT),
                    "one re-certification per year");
            Grading kept = ams.recertify(ACTOR, m.id(), 2027, Evaluation.EXCELLENT);
            assertEquals(GradingOutcome.KEPT, kept.outcome(), "a chief cannot rise further");
            Grading lowered = ams.recertify(ACTOR, m.id(), 2028, Evaluation.UNSATISFACTORY);
            assertEquals(Grade.SENIOR, lowered.grade());

            List<Grading> history = ams.gradings(ACTOR, m.id());
            assertEquals(List.of(2024, 2025, 2026, 2027, 2028),
                    history.stream().map(Grading::certificationYear).collect(Collectors.toList()));
            assertEquals(List.of(GradingOutcome.INITIAL, GradingOutcome.RAISED, GradingOutcome.RAISED,
                    GradingOutcome.KEPT, GradingOutcome.LOWERED),
                    history.stream().map(Grading::outcome).collect(Collectors.toList()));
            assertEquals(BranchLevel.CITY, history.get(0).approvingLevel(), "intermediate: city level");
            AccountManager now = ams.get(ACTOR, m.id()).orElseThrow();
            assertEquals(Grade.SENIOR, now.grade());
            assertEquals(4, now.version(), "three grade changes (2025, 2026, 2028)");
            assertEquals(List.of("S001"), ams.ofBranch(ACTOR, b.get("GD").id()).stream()
                    .map(AccountManager::staffId).collect(Collectors.toList()));
        }
    }

    @StoreTest
    void assignmentAndReassignmentKeepTheHistory(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            AccountManagerService ams = crm.accountManagers();
            AccountManager a = ams.register(ACTOR, "A", "甲", b.get("SZ").id(), Grade.JUNIOR, 2026);
            AccountManager c = ams.register(ACTOR, "C", "丙", b.get("SZ").id(), Grade.JUNIOR, 2026);
            Customer customer = Ops.customer(crm, 1, b.get("NS").id());

            Assignment first = ams.assign(ACTOR, customer.id(), a.id(), 0);
            clock.set(T0.plusSeconds(3600));
            Assignment second = ams.assign(ACTOR, customer.id(), c.id(), first.version());

            assertEquals(2, second.version());
            assertEquals(c.id(), ams.responsibleFor(ACTOR, customer.id()).orElseThrow().managerId());
            assertThrows(ConflictException.class, () -> ams.assign(ACTOR, customer.id(), a.id(), 1), "stale version");
            assertThrows(ConflictException.class, () -> ams.assign(ACTOR, customer.id(), a.id(), 0),
                    "already has a manager");
            List<AssignmentChange> history = ams.assignmentHistory(ACTOR, customer.id());
            assertEquals(2, history.size());
            assertEquals(a.id(), history.get(0).managerId());
            assertNull(history.get(0).previousManagerId());
            assertEquals(AssignmentReason.ASSIGNED, history.get(0).reason());
            assertEquals(T0, history.get(0).assignedAt());
            assertEquals(c.id(), history.get(1).managerId());
            assertEquals(a.id(), history.get(1).previousManagerId());
            assertEquals(AssignmentReason.REASSIGNED, history.get(1).reason());
            assertEquals(T0.plusSeconds(3600), history.get(1).assignedAt());

            ams.deactivate(ACTOR, a.id(), 1);
            ValidationException left = assertThrows(ValidationException.class,
                    () -> ams.assign(ACTOR, customer.id(), a.id(), 2));
            assertEquals("active", left.violations().get(0).rule());
        }
    }

    @StoreTest
    void twoConcurrentAssignmentsOfOneCustomerLeaveExactlyOneManager(StoreKind kind) throws Exception {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            AccountManagerService ams = crm.accountManagers();
            AccountManager a = ams.register(ACTOR, "A", "甲", b.get("SZ").id(), Grade.JUNIOR, 2026);
            AccountManager c = ams.register(ACTOR, "C", "丙", b.get("SZ").id(), Grade.JUNIOR, 2026);
            int rounds = 5;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < rounds; round++) {
                    CustomerId customer = Ops.customer(crm, round, b.get("NS").id()).id();
                    CyclicBarrier start = new CyclicBarrier(2);
                    Future<Assignment> toA = pool.submit(() -> {
                        start.await();
                        return ams.assign(ACTOR, customer, a.id(), 0);
                    });
                    Future<Assignment> toC = pool.submit(() -> {
                        start.await();
                        return ams.assign(ACTOR, customer, c.id(), 0);
                    });
                    List<Object> outcomes = new ArrayList<>();
                    for (Future<Assignment> f : List.of(toA, toC)) {
                        try {
                            outcomes.add(f.get());
                        } catch (java.util.concurrent.ExecutionException e) {
                            outcomes.add(e.getCause());
                        }
                    }
                    List<Assignment> winners = outcomes.stream().filter(o -> o instanceof Assignment)
                            .map(o -> (Assignment) o).collect(Collectors.toList());
                    assertEquals(1, winners.size(), "exactly one assignment wins: " + outcomes);
                    assertTrue(outcomes.stream().anyMatch(o -> o instanceof ConflictException),
                            "the other gets a ConflictException: " + outcomes);
                    Assignment stored = ams.responsibleFor(ACTOR, customer).orElseThrow();
                    assertEquals(winners.get(0).managerId(), stored.managerId());
                    assertEquals(1, stored.version());
                    assertEquals(1, ams.assignmentHistory(ACTOR, customer).size(), "the loser left no history");
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(rounds, ams.bookSize(ACTOR, a.id()) + ams.bookSize(ACTOR, c.id()));
        }
    }

    @StoreTest
    void wholeBookOfTenThousandMovesInOneTransaction(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
            BranchService branches = injector.getInstance(BranchService.class);
            AccountManagerService ams = injector.getInstance(AccountManagerService.class);
            Branch ho = branches.create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, null);
            AccountManager leaving = ams.register(ACTOR, "LEAVING", "离职经理", ho.id(), Grade.SENIOR, 2026);
            AccountManager successor = ams.register(ACTOR, "SUCCESSOR", "接手经理", ho.id(), Grade.SENIOR, 2026);
            AccountManager other = ams.register(ACTOR, "OTHER", "其他经理", ho.id(), Grade.JUNIOR, 2026);
            // 10,000 customers through the repository's batch insert, allocated in one batch to the leaving manager
            List<Customer> book = new ArrayList<>(BOOK + 1);
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i <= BOOK; i++) {
                book.add(new Customer(new CustomerId(UUID.randomUUID()), 1, CustomerProfile.individual("客户" + i)
                        .nationalId(Ops.nationalId(i)).build(), ho.id(), now, now));
            }
            injector.getInstance(CustomerRepository.class).insertAll(book);
            List<CustomerId> ids = book.stream().map(Customer::id).collect(Collectors.toList());
            assertEquals(BOOK, ams.assignUnassigned(ACTOR, ids.subList(0, BOOK), leaving.id()));
            ams.assign(ACTOR, ids.get(BOOK), other.id(), 0); // one customer of someone else stays put

            // all or nothing: a transfer whose transaction is rolled back leaves no customer moved and no history
            TransactionRunner tx = injector.getInstance(TransactionRunner.class);
            IllegalStateException abort = assertThrows(IllegalStateException.class, () -> tx.run(() -> {
                assertEquals(BOOK, ams.transferBook(ACTOR, leaving.id(), successor.id()));
                throw new IllegalStateException("abort after the transfer");
            }));
            assertEquals("abort after the transfer", abort.getMessage());
            assertEquals(BOOK, ams.bookSize(ACTOR, leaving.id()));
            assertEquals(0, ams.bookSize(ACTOR, successor.id()));
            assertEquals(1, ams.assignmentHistory(ACTOR, ids.get(0)).size());

            long t0 = System.nanoTime();
            int moved = ams.transferBook(ACTOR, leaving.id(), successor.id());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("[{}] book transfer of {} customers: {} ms (one UPDATE + one INSERT ... SELECT)", kind, moved,
                    millis);

            assertEquals(BOOK, moved);
            assertEquals(0, ams.bookSize(ACTOR, leaving.id()));
            assertEquals(BOOK, ams.bookSize(ACTOR, successor.id()));
            assertEquals(1, ams.bookSize(ACTOR, other.id()));
            for (CustomerId sample : List.of(ids.get(0), ids.get(4_321), ids.get(BOOK - 1))) {
                List<AssignmentChange> h = ams.assignmentHistory(ACTOR, sample);
                assertEquals(2, h.size());
                assertEquals(AssignmentReason.BOOK_TRANSFER, h.get(1).reason());
                assertEquals(leaving.id(), h.get(1).previousManagerId());
                assertEquals(successor.id(), h.get(1).managerId());
                assertEquals(h.get(1).changeId(), ams.assignmentHistory(ACTOR, ids.get(0)).get(1).changeId(),
                        "one operation");
            }
            assertEquals(1, ams.assignmentHistory(ACTOR, ids.get(BOOK)).size());
            assertEquals(0, ams.transferBook(ACTOR, leaving.id(), successor.id()), "nothing left to move");
        }
    }

    private static List<String> codes(List<Branch> branches) {
        return branches.stream().map(Branch::code).collect(Collectors.toList());
    }
}
