package io.insurcrm.storage.internal;

import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.StoreException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.storage.internal.jooq.DefaultSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ForeignKey;
import org.jooq.TableField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Translates SQL errors of every statement into InsurCRM's exceptions, by constraint name:
 * <ul>
 * <li>a unique key (SQLSTATE 23505) → {@link DuplicateException} naming the entity and field;</li>
 * <li>a foreign key (23503; H2 also 23506) → {@link ValidationException} "names no known …";</li>
 * <li>anything else → {@link StoreException} with the SQLSTATE.</li>
 * </ul>
 * The constraints are read from the generated jOOQ catalog, so a new migration needs no change here.
 * PostgreSQL reports the constraint name as a field of the error; H2 only inside the message (as
 * {@code "PUBLIC.UQ_CUSTOMER_MOBILE_INDEX_5 ON …"}), where the longest known name found wins. The
 * driver's message is never passed on: both databases quote the offending values in it.
 */
final class SqlErrors implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    private static final String UNIQUE = "23505";
    private static final List<Constraint> CONSTRAINTS = readConstraints();

    /** A named constraint: the entity (table) it guards, its field(s) in the domain's naming, and the referenced entity of a foreign key. */
    record Constraint(String name, String entity, String field, String referencedEntity) {
    }

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException sqlException = ctx.sqlException();
        if (sqlException != null) {
            ctx.exception(translate(sqlException, ctx.sql()));
        }
    }

    static RuntimeException translate(SQLException top, String sql) {
        SQLException cause = mostSpecific(top);
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        boolean unique = state.equals(UNIQUE);
        boolean foreignKey = state.equals("23503") || state.equals("23506");
        if (unique || foreignKey) {
            Constraint c = constraintOf(cause);
            if (c != null && unique) {
                return new DuplicateException(c.entity(), c.field());
            }
            if (c != null && c.referencedEntity() != null) {
                return new ValidationException(c.field(), "exists", "names no known " + c.referencedEntity());
            }
        }
        StoreException failure = new StoreException("database error, SQLSTATE " + state + " (vendor code "
                + cause.getErrorCode() + ") in: " + abbreviate(sql));
        failure.setStackTrace(top.getStackTrace()); // keep the call site, drop the value-quoting cause
        return failure;
    }

    /** The first exception in the chain that carries an integrity-violation state, else the top one. */
    private static SQLException mostSpecific(SQLException top) {
        List<SQLException> chain = new ArrayList<>();
        for (Throwable t = top; t instanceof SQLException && !chain.contains(t); ) {
            SQLException e = (SQLException) t;
            chain.add(e);
            t = e.getNextException() != null ? e.getNextException() : e.getCause();
        }
        return chain.stream()
                .filter(e -> e.getSQLState() != null && e.getSQLState().startsWith("23"))
                .reduce((first, second) -> second) // the innermost one carries the constraint
                .orElse(top);
    }

    private static Constraint constraintOf(SQLException e) {
        if (e instanceof PSQLException) {
            ServerErrorMessage server = ((PSQLException) e).getServerErrorMessage();
            if (server != null && server.getConstraint() != null) {
                String name = server.getConstraint().toLowerCase(Locale.ROOT);
                return CONSTRAINTS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return CONSTRAINTS.stream().filter(c -> message.contains(c.name())).findFirst().orElse(null);
    }

    private static List<Constraint> readConstraints() {
        List<Constraint> all = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String entity = camel(table.getName());
            for (UniqueKey<?> key : table.getKeys()) {
                all.add(new Constraint(key.getName(), entity, fields(key.getFields()), null));
            }
            for (ForeignKey<?, ?> key : table.getReferences()) {
                all.add(new Constraint(key.getName(), entity, fields(key.getFields()),
                        camel(key.getKey().getTable().getName())));
            }
        }
        // longest first, so pk_household_member is not taken for pk_household
        all.sort(Comparator.comparingInt((Constraint c) -> c.name().length()).reversed());
        return Collections.unmodifiableList(all);
    }

    private static String fields(List<? extends TableField<?, ?>> fields) {
        return fields.stream().map(f -> camel(f.getName())).collect(Collectors.joining("+"));
    }

    /** {@code national_id} → {@code nationalId}. */
    static String camel(String snake) {
        StringBuilder sb = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String sql) {
        if (sql == null) {
            return "?";
        }
        return sql.length() <= 160 ? sql : sql.substring(0, 160) + "…";
    }
}
