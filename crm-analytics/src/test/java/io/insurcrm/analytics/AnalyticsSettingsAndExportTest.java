package io.insurcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.report.ComplaintAnalysis;
import io.insurcrm.analytics.report.ReportExport;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented defaults, their validation, and the CSV/JSON export. */
class AnalyticsSettingsAndExportTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        AnalyticsSettings s = AnalyticsSettings.DEFAULTS;
        assertEquals(ZoneId.of("Asia/Shanghai"), s.zone());
        assertEquals(new BigDecimal("20.00"), s.costPerInteraction());
        assertEquals(new BigDecimal("20000"), s.tierAPremium());
        assertEquals(new BigDecimal("5000"), s.tierBPremium());
        assertEquals(new BigDecimal("2000"), s.tierGrowthFloor());
        assertEquals(new BigDecimal("0.20"), s.tierGrowthRate());
        assertEquals(new BigDecimal("0.50"), s.warningRenewalRate());
        assertEquals(2, s.warningComplaints());
        assertEquals(3, s.qualityClaimFreeYears());
        assertEquals(new BigDecimal("0.30"), s.qualityLossRatio());
        assertEquals(new BigDecimal("0.001"), s.keyCustomerShare());
        assertEquals(3, s.multiClaimCount());
        assertEquals(12, s.multiClaimMonths());
        assertEquals(new BigDecimal("1.00"), s.highLossRatio());
        assertEquals(new BigDecimal("500"), s.highLossRatioMinEarned());
        assertEquals(30, s.renewalDueDays());
        assertEquals(60, s.followUpLookbackDays());
        assertEquals(60, s.churnAlertScore());
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void badThresholdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AnalyticsSettings.builder().multiClaim(3, 24).build());
        assertThrows(IllegalArgumentException.class, () -> AnalyticsSettings.builder()
                .tierBPremium(new BigDecimal("30000")).build());
        assertThrows(IllegalArgumentException.class, () -> AnalyticsSettings.builder()
                .costPerInteraction(new BigDecimal("-1")).build());
        assertThrows(IllegalArgumentException.class, () -> AnalyticsSettings.builder().churnAlertScore(101).build());
    }

    @Test
    void csvQuotesAndJsonNests() {
        List<ComplaintAnalysis.Count> rows = List.of(new ComplaintAnalysis.Count("GD, \"SZ\"", 2, 1),
                new ComplaintAnalysis.Count("NS", 0, 0));
        assertEquals("key,complaints,customers\r\n\"GD, \"\"SZ\"\"\",2,1\r\nNS,0,0\r\n",
                ReportExport.csv(rows, ComplaintAnalysis.Count.class));
        String json = ReportExport.json(new ComplaintAnalysis(YearMonth.of(2026, 1), 2, 1, rows, List.of()));
        assertEquals(true, json.contains("\"month\" : \"2026-01\""), json);
        assertEquals(true, json.contains("\"key\" : \"NS\""), json);
        assertEquals("percent,customers,premium,premiumShare,profit,profitShare\r\n1,3,10.50,0.2500,,\r\n",
                ReportExport.csv(List.of(new Pyramid.TopShare(1, 3, new BigDecimal("10.50"), new BigDecimal("0.2500"),
                        null, null)), Pyramid.TopShare.class));
    }
}
