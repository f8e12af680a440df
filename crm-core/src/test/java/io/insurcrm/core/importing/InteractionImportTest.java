package io.insurcrm.core.importing;

import static io.insurcrm.core.importing.Fixtures.NID_A;
import static io.insurcrm.core.importing.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionImportTest {
    private final Fixtures f = new Fixtures().withBranches();

    @Test
    void interactionsAreAppendOnlyAndLocalTimesReadInTheZone() {
        f.csv(ImportKind.CUSTOMERS, lines("name,national_id,branch_code", "Zhang San," + NID_A + ",GD"));
        String text = lines("source_ref,customer_national_id,channel,type,occurred_at,staff_id,summary",
                "CS-1," + NID_A + ",call_centre,inquiry,2026-01-31 09:30:00,S01,\"asked about renewal, will call back\"",
                "CS-2," + NID_A + ",WECHAT,care_call,2026-01-31T01:30:00Z,,",
                "CS-3," + Fixtures.NID_B + ",WECHAT,care_call,2026-01-31T01:30:00Z,,",
                "CS-4," + NID_A + ",pigeon,care_call,,,");
        ImportReport report = f.csv(ImportKind.INTERACTIONS, text);
        assertEquals(2, report.inserted());
        assertEquals(List.of(
                new RowError(4, "customer_national_id", "exists", "names no known customer"),
                new RowError(5, "channel", "enum", "must be one of BRANCH_COUNTER, CALL_CENTRE, WEB, MOBILE_APP, "
                        + "SELF_SERVICE, BANCASSURANCE, VISIT, LETTER, EMAIL, SMS, WECHAT, SEMINAR, VIP_CLUB_EVENT"),
                new RowError(5, "occurred_at", "required", "is required")), report.rejected());
        Interaction cs1 = f.store.interactions.values().stream().filter(i -> i.sourceRef().equals("CS-1"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-01-31T01:30:00Z"), cs1.occurredAt());
        assertEquals(InteractionChannel.CALL_CENTRE, cs1.channel());
        assertEquals(InteractionType.INQUIRY, cs1.type());
        assertEquals("asked about renewal, will call back", cs1.summary());
        assertEquals(Fixtures.NOW, cs1.recordedAt());

        ImportReport again = f.csv(ImportKind.INTERACTIONS, text.replace("will call back", "changed"));
        assertEquals(0, again.inserted());
        assertEquals(2, again.unchanged(), "a stored source_ref is never changed");
        assertEquals("asked about renewal, will call back", f.store.interactions.values().stream()
                .filter(i -> i.sourceRef().equals("CS-1")).findFirst().orElseThrow().summary());
        assertEquals(2, f.store.interactions.size());
    }
}
