package io.insurcrm.storage.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Flyway migrations of InsurCRM. They keep their own history table, so they coexist with
 * a host application's Flyway in the same schema; a schema that already holds the host's tables is
 * baselined at version 0, so every InsurCRM migration still runs.
 */
final class Migrations {
    static final String LOCATION = "classpath:io/insurcrm/storage/migration";
    static final String HISTORY_TABLE = "insurcrm_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info("InsurCRM schema at version {} ({} migration(s) applied)", result.targetSchemaVersion,
                result.migrationsExecuted);
    }
}
