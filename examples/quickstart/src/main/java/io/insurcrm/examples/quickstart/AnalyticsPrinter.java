package io.insurcrm.examples.quickstart;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.Dimension;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Prints the analytics of the imported book as of a date: the run, the customer pyramid, the tier
 * counts, the top alerts with their reasons and one slice of the cube. Customers appear by id only.
 */
final class AnalyticsPrinter {
    private final PrintWriter out;
    private final Actor actor;

    AnalyticsPrinter(PrintWriter out, Actor actor) {
        this.out = out;
        this.actor = actor;
    }

    void print(InsurCrm crm, LocalDate asOf) {
        AnalyticsService analytics = crm.service(AnalyticsService.class);
        out.println();
        out.println("== Analytics as of " + asOf);
        AnalyticsRunReport run = analytics.run(actor, asOf);
        out.printf("   %,d customers classified, %,d alerts raised in %,d ms (snapshot stored; a re-run replaces it)%n",
                run.customers(), run.alerts(), run.elapsed().toMillis());

        Pyramid p = analytics.pyramid(actor, asOf).orElseThrow();
        out.println("Customer pyramid (premium and profit of the last 12 months)");
        TextTable top = new TextTable("Top", "Customers", "Premium", "Share", "Profit", "Share").alignRight(1, 2, 3, 4, 5);
        for (Pyramid.TopShare t : p.top()) {
            top.row(t.percent() + "%", t.customers(), t.premium(), percent(t.premiumShare()), t.profit(),
                    percent(t.profitShare()));
        }
        top.row("All", p.customers(), p.totalPremium(), "100.0%", p.totalProfit(), "100.0%");
        out.print(top.render());

        out.println("Tier counts");
        TextTable tiers = new TextTable("Tier", "Customers", "Share").alignRight(1, 2);
        for (ValueTier t : ValueTier.values()) {
            long n = p.tierCounts().getOrDefault(t, 0L);
            tiers.row("Tier " + t, n, percent(p.customers() == 0 ? null
                    : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(p.customers()), 4, java.math.RoundingMode.HALF_UP)));
        }
        out.print(tiers.render());

        out.println("Top alerts " + analytics.alertCounts(actor, asOf));
        TextTable alerts = new TextTable("Severity", "Rule", "Customer", "Reason");
        List<Alert> list = analytics.alerts(actor, asOf, Severity.MEDIUM, 8);
        for (Alert a : list) {
            alerts.row(a.severity(), a.ruleId(), a.customerId().toString().substring(0, 8) + "…",
                    TextTable.truncate(a.reason(), 70));
        }
        out.print(alerts.rowCount() == 0 ? "   (none)\n" : alerts.render());

        out.println("Cube: policies started in the last 12 months by product line (ROLLUP total last)");
        TextTable cube = new TextTable("Product line", "Policies", "Customers", "Premium", "Claims paid", "Loss ratio")
                .alignRight(1, 2, 3, 4, 5);
        for (CubeCell c : analytics.cube(actor, new CubeQuery(asOf, asOf.minusYears(1).plusDays(1), asOf,
                List.of(Dimension.PRODUCT_LINE)))) {
            cube.row(c.subtotal() ? "Total" : c.keys().get(0), c.policies(), c.customers(), c.premium(), c.claimsPaid(),
                    percent(c.lossRatio()));
        }
        out.print(cube.render());
        out.flush();
    }

    private static String percent(BigDecimal share) {
        return share == null ? "-" : share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }
}
