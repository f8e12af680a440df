package io.insurcrm.storage.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Counts statements at the JDBC boundary: {@link #wrap} hands out a data source whose connections
 * record every statement they prepare (its SQL text) or create ({@code "<statement>"}), for tests
 * that pin how many statements a use case costs. Statements of the store's background audit sealer
 * are left out: it runs on its own thread whenever the reads in clear pause, not as part of a use case.
 */
public final class StatementLog {
    /** The name of the store's background audit sealer's thread. */
    private static final String SEALER_THREAD = "insurcrm-audit-sealer";
    private final List<String> statements = new CopyOnWriteArrayList<>();

    /** {@code target}, with every statement of its connections recorded here. */
    public DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (!(result instanceof Connection)) {
                        return result;
                    }
                    Connection c = (Connection) result;
                    return Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                String name = m.getName();
                                if (Thread.currentThread().getName().equals(SEALER_THREAD)) {
                                    return invoke(c, m, a);
                                }
                                if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                                    statements.add(String.valueOf(a[0]));
                                } else if (name.equals("createStatement")) {
                                    statements.add("<statement>");
                                }
                                return invoke(c, m, a);
                            });
                });
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        statements.clear();
    }

    /** How many statements were recorded since the last {@link #clear}. */
    public int size() {
        return statements.size();
    }

    /** How many recorded statements contain every fragment (compared in lower case). */
    public long count(String... fragments) {
        return matching(fragments).size();
    }

    /** The recorded statements that contain every fragment (compared in lower case), in order. */
    public List<String> matching(String... fragments) {
        return statements.stream()
                .filter(s -> Arrays.stream(fragments).allMatch(s.toLowerCase(Locale.ROOT)::contains))
                .toList();
    }

    @Override
    public String toString() {
        return String.join("\n", statements);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
