package io.insurcrm.examples.quickstart;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.view.CustomerCard;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.application.BranchService;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.Customer360.PolicyWithClaims;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a 360° view as text tables. Personal data never appears in clear: ID number, mobile and
 * e-mail by their masked forms, a person's name as surname and stars, the address down to the city.
 */
final class ViewPrinter {
    private static final int MAX_POLICIES = 12;
    private static final int MAX_CLAIMS = 10;
    private static final int MAX_INTERACTIONS = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final PrintWriter out;
    private final BranchService branches;
    private final Actor actor;

    ViewPrinter(PrintWriter out, BranchService branches, Actor actor) {
        this.out = out;
        this.branches = branches;
        this.actor = actor;
    }

    void print(Customer360 view) {
        CustomerCard p = view.customer(); // masked by the library for the viewing actor's grade
        boolean person = p.kind() == CustomerKind.INDIVIDUAL;
        TextTable profile = new TextTable("Profile", "");
        profile.row("Customer id", view.customer().id());
        profile.row("Kind", p.kind());
        profile.row("Name", person ? maskName(p.name()) : p.name());
        if (person) {
            profile.row("Gender, age", p.gender() + (p.dateOfBirth() == null ? ""
                    : ", " + (view.asOf().getYear() - Integer.parseInt(p.dateOfBirth().substring(0, 4)))));
            profile.row("National ID", p.nationalId());
            profile.row("Occupation", p.occupation() == null ? null
                    : p.occupation() + (p.occupationClass() == null ? "" : " (class " + p.occupationClass() + ")"));
            profile.row("Employer", p.employer());
        } else {
            profile.row("Organisation code", p.organisationCode());
            profile.row("Industry", p.industry());
        }
        profile.row("Mobile", p.mobile());
        profile.row("E-mail", p.email());
        var address = p.homeAddress() != null ? p.homeAddress() : p.workAddress();
        profile.row("Address", address == null ? null : join(address.province(), address.city()) + " ***");
        profile.row("Branch", branches.get(actor, view.customer().branchId())
                .map(b -> b.name() + " (" + b.code() + ")").orElse(null));
        out.print(profile.render());

        view.household().ifPresent(h -> printHousehold(h, view));
        printPolicies(view.policies());
        printInteractions(view.interactions());
        printTotals(view.totals());
        out.flush();
    }

    private void printHousehold(Household h, Customer360 view) {
        out.println("Household " + h.code());
        TextTable t = new TextTable("Relationship", "Name", "Customer id");
        for (Household.Member m : h.members()) {
            boolean self = m.customerId().equals(view.customer().id());
            t.row(m.relationship(), maskName(m.name()) + (self ? "  <- this customer" : ""), m.customerId());
        }
        out.print(t.render());
    }

    private void printPolicies(List<PolicyWithClaims> policies) {
        out.println("Policies (" + policies.size() + ")");
        TextTable t = new TextTable("Policy number", "Line", "Vehicle", "Period", "Status", "Premium", "Claims")
                .alignRight(5, 6);
        List<Claim> claims = new ArrayList<>();
        for (PolicyWithClaims pc : policies) {
            var pol = pc.policy();
            if (t.rowCount() < MAX_POLICIES) {
                t.row(pol.policyNumber(), pol.productLine(), pol.licencePlate(),
                        pol.startDate() + " .. " + pol.endDate(), pol.status(), money(pol.premium()),
                        pc.claims().size());
            }
            claims.addAll(pc.claims());
        }
        out.print(t.render());
        if (policies.size() > MAX_POLICIES) {
            out.println("  ... and " + (policies.size() - MAX_POLICIES) + " more policies");
        }
        if (claims.isEmpty()) {
            out.println("Claims: none");
            return;
        }
        claims.sort((a, b) -> b.lossDate().compareTo(a.lossDate()));
        out.println("Claims (" + claims.size() + ", newest loss first)");
        TextTable c = new TextTable("Claim number", "Loss date", "Cause", "Status", "Claimed", "Paid", "Litigation")
                .alignRight(4, 5);
        for (Claim cl : claims.subList(0, Math.min(MAX_CLAIMS, claims.size()))) {
            c.row(cl.claimNumber(), cl.lossDate(), cl.cause(), cl.status(), money(cl.claimedAmount()),
                    cl.paidAmount() == null ? "" : money(cl.paidAmount()), cl.litigation() ? "yes" : "");
        }
        out.print(c.render());
        if (claims.size() > MAX_CLAIMS) {
            out.println("  ... and " + (claims.size() - MAX_CLAIMS) + " more claims");
        }
    }

    private void printInteractions(List<Interaction> interactions) {
        out.println("Latest interactions (" + Math.min(MAX_INTERACTIONS, interactions.size()) + " of "
                + interactions.size() + ")");
        TextTable t = new TextTable("When (Beijing)", "Channel", "Type", "Summary");
        for (Interaction i : interactions.subList(0, Math.min(MAX_INTERACTIONS, interactions.size()))) {
            t.row(WHEN.format(i.occurredAt()), i.channel(), i.type(), TextTable.truncate(i.summary(), 36));
        }
        out.print(t.render());
    }

    private void printTotals(Customer360.Totals totals) {
        TextTable t = new TextTable("Totals", "").alignRight(1);
        t.row("Policies in force / total", totals.policiesInForce() + " / " + totals.policiesTotal());
        t.row("Premium in force", money(totals.premiumInForce()));
        t.row("Premium written", money(totals.premiumWritten()));
        t.row("Claims", totals.claimsTotal());
        t.row("Claims paid", money(totals.claimsPaid()));
        t.row("Loss ratio", totals.lossRatio()
                .map(r -> r.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + " %").orElse("n/a"));
        out.print(t.render());
    }

    /** A person's name as surname and stars: 王** for 王小明. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = Character.charCount(name.codePointAt(0));
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    static String money(Money m) {
        return String.format("%,.2f %s", m.amount(), m.currency().getCurrencyCode());
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a + " ") + (b == null ? "" : b);
    }
}
