package io.insurcrm.core.importing;

import static io.insurcrm.core.importing.Fixtures.NID_A;
import static io.insurcrm.core.importing.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportColumnsTest {
    private final Fixtures f = new Fixtures().withBranches();

    @Test
    void anUnknownColumnRefusesTheFileBeforeAnythingIsWritten() {
        String text = lines("name,national_id,branch_code,moblie,Name", "Zhang San," + NID_A + ",GD,13800138000,x");
        ValidationException e = assertThrows(ValidationException.class, () -> f.csv(ImportKind.CUSTOMERS, text));
        assertEquals(List.of(new Violation("moblie", "unknown-column", "is not a column of CUSTOMERS imports"),
                new Violation("name", "duplicate-column", "is given twice")), e.violations());
        assertEquals(0, f.store.customers.size());
        assertEquals(0, f.store.commits);
    }

    @Test
    void aMissingNaturalKeyColumnRefusesTheFile() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.csv(ImportKind.POLICIES, lines("customer_national_id,premium", NID_A + ",1")));
        assertEquals(List.of(new Violation("policy_number", "required-column",
                "is required: it is the natural key of POLICIES")), e.violations());
        ValidationException c = assertThrows(ValidationException.class,
                () -> f.csv(ImportKind.CUSTOMERS, lines("name,branch_code", "x,GD")));
        assertEquals("national_id", c.violations().get(0).field());
        assertEquals("required-column", c.violations().get(0).rule());
    }

    @Test
    void theFirstJsonObjectIsCheckedLikeAHeader() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.jsonl(ImportKind.BRANCHES,
                lines("{\"code\":\"SZ\",\"nmae\":\"Shenzhen\"}", "{\"code\":\"SZ2\",\"name\":\"x\"}")));
        assertEquals("nmae", e.violations().get(0).field());
        assertEquals(0, f.store.commits);
    }

    @Test
    void anEmptyFileImportsNothing() {
        ImportReport report = f.csv(ImportKind.CLAIMS, "");
        assertEquals(0, report.rowsRead());
        assertEquals(0, report.rejectedCount());
    }

    @Test
    void importFileTellsTheFormatFromTheExtensionAndRefusesBrokenUtf8(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("customers.csv");
        Files.writeString(csv, "\uFEFFname,national_id,branch_code\r\n张三," + NID_A + ",GD\r\n", StandardCharsets.UTF_8);
        ImportReport report = f.service.importFile(Fixtures.ACTOR, ImportKind.CUSTOMERS, csv, ImportOptions.DEFAULTS);
        assertEquals(1, report.inserted());
        assertEquals("张三", f.store.customerByNationalId(NID_A).orElseThrow().profile().name());

        Path jsonl = dir.resolve("branches.jsonl");
        Files.write(jsonl, new byte[] {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}',
                '\n'});
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.service.importFile(Fixtures.ACTOR, ImportKind.BRANCHES, jsonl, ImportOptions.DEFAULTS));
        assertEquals(new Violation("file", "encoding", "is not valid UTF-8"), e.violations().get(0));
    }
}
