package io.insurcrm.examples.quickstart;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.ComplaintState;
import io.insurcrm.core.complaint.ComplaintTransition;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.complaint.RootCause;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.followup.FollowUpTask;
import io.insurcrm.core.followup.MyDay;
import io.insurcrm.core.followup.OverdueCare;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalQuery;
import io.insurcrm.core.renewal.RenewalStatus;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.core.segment.Segment;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operational part of the demo: account managers take over next month's renewals, one complaint
 * walks through the whole workflow with its deadlines, a manager's day, and the renewal list.
 * Prints ids, policy numbers and codes only, no personal data.
 */
final class OperationsDemo {
    private static final int MANAGERS = 3;
    private static final int MAX_ROWS = 10;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InsurCrm crm;
    private final Actor actor;
    private final PrintWriter out;
    private final ZoneId zone;

    OperationsDemo(InsurCrm crm, Actor actor, PrintWriter out, ZoneId zone) {
        this.crm = crm;
        this.actor = actor;
        this.out = out;
        this.zone = zone;
    }

    void run(LocalDate today) {
        YearMonth next = YearMonth.from(today).plusMonths(1);
        List<RenewalItem> due = crm.renewals().pipeline(actor, RenewalQuery.between(next.atDay(1), next.atEndOfMonth()));
        out.println();
        out.printf("== Operations: %d policies end in %s%n", due.size(), next);
        if (due.isEmpty()) {
            out.println("   nothing to renew next month in this book; skipping the operations demo");
            return;
        }
        List<AccountManager> managers = hireManagers(due.get(0).branchId());
        allocate(due, managers);
        walkComplaint(due.get(0));
        printDay(managers.get(0), today, next);
        printRenewals(next);
        out.flush();
    }

    /** A handful of account managers in the branch of the first expiring policy (the book has none). */
    private List<AccountManager> hireManagers(BranchId branch) {
        List<AccountManager> managers = new ArrayList<>();
        Grade[] grades = {Grade.SENIOR, Grade.INTERMEDIATE, Grade.TRAINEE};
        for (int i = 0; i < MANAGERS; i++) {
            String staffId = String.format("AM-%03d", i + 1);
            managers.add(crm.accountManagers().findByStaffId(actor, staffId).orElseGet(() -> crm.accountManagers()
                    .register(actor, staffId, "客户经理" + staffId, branch, grades[managers.size()], 2026)));
        }
        out.printf("   %d account managers in branch %s: %s%n", managers.size(), code(branch), managers.stream()
                .map(m -> m.staffId() + " (" + m.grade() + ", approved at " + m.grade().approvingLevel() + " level)")
                .collect(Collectors.joining(", ")));
        return managers;
    }

    /** The holders of next month's renewals, shared out round-robin among the managers (one batch each). */
    private void allocate(List<RenewalItem> due, List<AccountManager> managers) {
        Set<CustomerId> holders = new LinkedHashSet<>();
        for (RenewalItem r : due) {
            if (r.managerId() == null) {
                holders.add(r.holderId());
            }
        }
        List<List<CustomerId>> shares = new ArrayList<>();
        managers.forEach(m -> shares.add(new ArrayList<>()));
        int i = 0;
        for (CustomerId c : holders) {
            shares.get(i++ % managers.size()).add(c);
        }
        int assigned = 0;
        for (int m = 0; m < managers.size(); m++) {
            assigned += crm.accountManagers().assignUnassigned(actor, shares.get(m), managers.get(m).id());
        }
        out.printf("   %d customers with renewals next month now have a responsible account manager%n", assigned);
    }

    private void walkComplaint(RenewalItem about) {
        out.println();
        out.println("== Complaint walk-through (deadlines from the default SLA table)");
        Complaint c = crm.complaints().receive(actor, new NewComplaint(about.holderId(), about.policyId(),
                ComplaintCategory.RENEWAL, null, "Renewal quote higher than expected", about.branchId()));
        TextTable t = new TextTable("State", "Responsible unit", "Deadline");
        t.row(c.state(), code(c.responsibleBranchId()), at(c.deadlineAt()));
        BranchId transferTo = crm.branches().pathToHeadOffice(actor, about.branchId()).stream().skip(1).findFirst()
                .map(Branch::id).orElse(about.branchId());
        List<ComplaintTransition> steps = List.of(ComplaintTransition.to(ComplaintState.CONFIRMED),
                ComplaintTransition.to(ComplaintState.REGISTERED), ComplaintTransition.transferredTo(transferTo),
                ComplaintTransition.to(ComplaintState.COORDINATED), ComplaintTransition.handled(RootCause.PROCESS),
                ComplaintTransition.to(ComplaintState.FEEDBACK_GIVEN), ComplaintTransition.to(ComplaintState.ARCHIVED));
        for (ComplaintTransition step : steps) {
            c = crm.complaints().transition(actor, c.id(), c.version(), step);
            t.row(c.state(), code(c.responsibleBranchId()), c.deadlineAt() == null ? "(final)" : at(c.deadlineAt()));
        }
        out.print(t.render());
        out.printf("   complaint %s: %d history entries; escalation job run now: %d escalated%n", c.id(),
                crm.complaints().history(actor, c.id()).size(), crm.complaints().escalateOverdue(actor));
    }

    /** Gives the manager two tasks, two key customers and two recorded renewal outcomes, then prints his day. */
    private void printDay(AccountManager manager, LocalDate today, YearMonth next) {
        List<RenewalItem> his = crm.renewals().pipeline(actor, RenewalQuery.between(next.atDay(1),
                next.atEndOfMonth()).ofManager(manager.id()));
        List<CustomerId> customers = his.stream().map(RenewalItem::holderId).distinct().limit(2)
                .collect(Collectors.toList());
        for (CustomerId c : customers) {
            crm.entitlements().setSegment(actor, c, Segment.KEY, "quickstart");
        }
        if (his.size() >= 2) {
            crm.renewals().recordFollowUp(actor, his.get(0).policyId(), RenewalStatus.WILL_RENEW, "agreed by phone");
            crm.renewals().recordFollowUp(actor, his.get(1).policyId(), RenewalStatus.WILL_NOT_RENEW, "sold the car");
        }
        if (!customers.isEmpty()) {
            crm.followUps().createTask(actor, customers.get(0), manager.id(), today.minusDays(1), "Call back about the quote");
            crm.followUps().createTask(actor, customers.get(customers.size() - 1), manager.id(), today,
                    "Bring the renewal documents");
        }
        MyDay day = crm.followUps().myDay(actor, manager.id(), today);
        out.println();
        out.printf("== Account manager %s: my day %s%n", manager.staffId(), today);
        TextTable tasks = new TextTable("Task due", "Subject", "Customer id");
        for (FollowUpTask task : day.tasksDue()) {
            tasks.row(task.dueDate(), task.subject(), task.customerId());
        }
        out.printf("   Tasks due (%d)%n", day.tasksDue().size());
        out.print(tasks.render());
        out.printf("   Renewals due within 30 days (%d)%n", day.renewalsDue().size());
        out.print(renewalTable(day.renewalsDue().subList(0, Math.min(MAX_ROWS, day.renewalsDue().size()))).render());
        if (day.renewalsDue().size() > MAX_ROWS) {
            out.printf("   ... and %d more%n", day.renewalsDue().size() - MAX_ROWS);
        }
        TextTable care = new TextTable("Overdue for care", "Segment", "Needs", "Last contact");
        for (OverdueCare o : day.overdueCare()) {
            care.row(o.customerId(), o.segment(), o.action() + " every " + o.everyDays() + " days",
                    o.lastContact() == null ? "never" : at(o.lastContact()));
        }
        out.printf("   Customers overdue for care (%d)%n", day.overdueCare().size());
        out.print(care.render());
    }

    private void printRenewals(YearMonth month) {
        List<RenewalItem> items = crm.renewals().pipeline(actor, RenewalQuery.between(month.atDay(1),
                month.atEndOfMonth()));
        Map<RenewalStatus, Long> byStatus = new EnumMap<>(RenewalStatus.class);
        items.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        out.println();
        out.printf("== Renewals due in %s: %d policies %s%n", month, items.size(), byStatus);
        out.print(renewalTable(items.subList(0, Math.min(MAX_ROWS, items.size()))).render());
        if (items.size() > MAX_ROWS) {
            out.printf("   ... and %d more%n", items.size() - MAX_ROWS);
        }
    }

    private TextTable renewalTable(List<RenewalItem> items) {
        Map<AccountManagerId, String> staff = new java.util.HashMap<>();
        Function<AccountManagerId, String> staffId = id -> id == null ? "" : staff.computeIfAbsent(id,
                k -> crm.accountManagers().get(actor, k).map(AccountManager::staffId).orElse(""));
        TextTable t = new TextTable("Policy number", "Line", "Ends", "Branch", "Manager", "Premium", "Status")
                .alignRight(5);
        for (RenewalItem r : items) {
            t.row(r.policyNumber(), r.productLine(), r.endDate(), code(r.branchId()), staffId.apply(r.managerId()),
                    r.premium().amount().toPlainString(), r.status());
        }
        return t;
    }

    private String code(BranchId id) {
        return crm.branches().get(actor, id).map(Branch::code).orElse(String.valueOf(id));
    }

    private String at(Instant instant) {
        return MINUTES.format(instant.atZone(zone));
    }
}
