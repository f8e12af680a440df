package io.insurcrm.storage.internal;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** Builds the one {@link DSLContext} of a store. */
final class Dsl {
    private Dsl() {
    }

    /**
     * A context whose transactions are bound to the calling thread ({@link BoundConnections}, so
     * repositories need no transaction-scoped context), whose SQL errors are translated by {@link SqlErrors}, and which
     * never logs statements (jOOQ's debug log would show bind values, i.e. personal data).
     */
    static DSLContext create(DataSource dataSource, SQLDialect dialect, int fetchSize) {
        Settings settings = new Settings()
                // generated names are lower case; H2 folds unquoted names to upper case (STACK gotcha 2)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false)
                .withFetchSize(fetchSize);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(settings);
        configuration.set(new BoundConnections(dataSource));
        configuration.set(new DefaultExecuteListenerProvider(new SqlErrors()));
        return DSL.using(configuration);
    }
}
