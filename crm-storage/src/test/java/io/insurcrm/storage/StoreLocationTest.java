package io.insurcrm.storage;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Opening a store on a host's own data source, next to the host's tables and Flyway history. */
class StoreLocationTest {

    @StoreTest
    void opensOnAHostDataSourceNextToItsOwnSchemaAndLeavesItOpen(StoreKind kind) throws SQLException {
        DataSource host = TestStores.freshDataSource(kind);
        try (Connection c = host.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50))");
            s.execute("CREATE TABLE host_orders (id INT PRIMARY KEY)");
        }

        try (InsurCrm crm = InsurCrm.builder().dataSource(host, null).clock(Fixtures.CLOCK).build()) {
            Branch county = Fixtures.branchTree(crm);
            assertEquals(county, crm.branches().findByCode(ACTOR, "NS").orElseThrow());
            assertEquals(kind == StoreKind.H2 ? "external:h2" : "external:postgres", crm.describeStore());
        }

        try (Connection c = host.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\""
                        + " FROM \"insurcrm_schema_history\" WHERE \"version\" = '1'")) {
            // Flyway quotes its names, so H2 keeps it lower case as on PostgreSQL
            assertTrue(rs.next(), "V1 recorded in InsurCRM's own history table");
            assertTrue(rs.getBoolean(2));
        }
    }

    @StoreTest
    void reopensAnExistingStoreWithItsData(StoreKind kind) {
        var location = TestStores.freshLocation(kind);
        Branch county;
        try (InsurCrm crm = InsurCrm.builder().location(location).clock(Fixtures.CLOCK).build()) {
            county = Fixtures.branchTree(crm);
        }
        try (InsurCrm crm = InsurCrm.builder().location(location).build()) {
            assertEquals(county, crm.branches().findByCode(ACTOR, "NS").orElseThrow());
            assertTrue(!crm.describeStore().contains("password"));
        }
    }
}
