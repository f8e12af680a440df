package io.insurcrm.analytics.report;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Port: the monthly reports, each a few set-based queries run by the store. */
public interface ReportSource {

    /** Per staff id, ordered by staff id; contact instants are read as dates in {@code zone}. */
    List<AccountManagerKpi> accountManagerKpis(YearMonth month, ZoneId zone);

    /** Per branch code, ordered by code. */
    List<MonthlyCustomerReport> customerReport(YearMonth month, ZoneId zone);

    ComplaintAnalysis complaintAnalysis(YearMonth month, ZoneId zone);
}
