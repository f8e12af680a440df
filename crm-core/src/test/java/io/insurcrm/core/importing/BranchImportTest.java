package io.insurcrm.core.importing;

import static io.insurcrm.core.importing.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchImportTest {
    private static final String FILE = lines("code,name,level,parent_code,region",
            "HO,Head office,head_office,,",
            "GD,Guangdong,PROVINCE,HO,Guangdong",
            "SZ,Shenzhen,city,GD,Guangdong",
            "FT,Futian,County,SZ,Guangdong");

    private final Fixtures f = new Fixtures();

    @Test
    void parentsBeforeChildrenInOneBatchAndARerunIsUnchanged() {
        ImportReport report = f.csv(ImportKind.BRANCHES, FILE);
        assertEquals(4, report.inserted());
        assertEquals(0, report.rejectedCount(), report.rejected().toString());
        Branch sz = f.store.branch("SZ").orElseThrow();
        assertEquals(BranchLevel.CITY, sz.level());
        assertEquals(f.store.branch("GD").orElseThrow().id(), sz.parentId());
        assertEquals(1, f.store.calls("branches.findByCodes"));

        ImportReport again = f.csv(ImportKind.BRANCHES, FILE);
        assertEquals(4, again.unchanged());
        assertEquals(0, again.inserted());
        assertEquals(4, f.store.branches.size());
    }

    @Test
    void anExistingBranchIsNeverChangedByAnImport() {
        f.csv(ImportKind.BRANCHES, FILE);
        ImportReport report = f.csv(ImportKind.BRANCHES, FILE.replace("Shenzhen,city", "Shenzhen City,city"));
        assertEquals(3, report.unchanged());
        assertEquals(List.of(new RowError(4, "name", "immutable",
                "differs from the stored branch; imports never change an existing branch")), report.rejected());
        assertEquals("Shenzhen", f.store.branch("SZ").orElseThrow().name());
    }

    @Test
    void aChildBeforeItsParentOrAtTheWrongLevelIsRejected() {
        ImportReport report = f.csv(ImportKind.BRANCHES, lines("code,name,level,parent_code",
                "HO,Head office,HEAD_OFFICE,",
                "SZ,Shenzhen,CITY,GD",
                "GD,Guangdong,PROVINCE,HO",
                "XX,Wrong,COUNTY,GD",
                "YY,No parent,CITY,",
                "ZZ,,,HO"));
        assertEquals(2, report.inserted());
        assertEquals(List.of(
                new RowError(3, "parent_code", "exists", "names no known branch (a parent must come before its children)"),
                new RowError(5, "level", "hierarchy", "a branch under a PROVINCE must be a CITY"),
                new RowError(6, "parent_code", "required", "is required below head office"),
                new RowError(7, "name", "required", "is required"),
                new RowError(7, "level", "required", "is required")), report.rejected());
    }

    @Test
    void aSmallBatchSizeStillAppliesParentsFirstAcrossBatches() {
        ImportReport report = f.csv(ImportKind.BRANCHES, FILE, ImportOptions.DEFAULTS.withBatchSize(1));
        assertEquals(4, report.inserted());
        assertEquals(4, f.store.commits);
    }
}
