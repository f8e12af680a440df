package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's transactions on the thread-bound connection: one connection for the whole unit of
 * work (nested calls join), commit at the end of the outermost call, rollback of everything on any
 * exception. (Every store test runs through these
 * transactions as well, on H2 and PostgreSQL.)
 */
class BoundConnectionsTest {
    private JdbcDataSource dataSource;
    private BoundConnections connections;
    private Connection keepAlive;

    @BeforeEach
    void createTable() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bound" + System.nanoTime() + ";DB_CLOSE_DELAY=0");
        keepAlive = dataSource.getConnection();
        try (Statement s = keepAlive.createStatement()) {
            s.execute("CREATE TABLE t (n INT NOT NULL)");
        }
        connections = new BoundConnections(dataSource);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        keepAlive.close();
    }

    @Test
    void undoHooksRunWhenTheOutermostTransactionRollsBackAndNotOnCommit() {
        java.util.List<String> undone = new java.util.ArrayList<>();
        connections.onRollback(() -> undone.add("outside a transaction: dropped"));
        connections.inTransaction(() -> {
            connections.onRollback(() -> undone.add("committed"));
            return null;
        });
        assertEquals(java.util.List.of(), undone);
        assertThrows(IllegalStateException.class, () -> connections.inTransaction(() -> {
            connections.inTransaction(() -> {
                connections.onRollback(() -> undone.add("inner"));
                return null;
            });
            connections.onRollback(() -> undone.add("outer"));
            assertEquals(java.util.List.of(), undone, "nothing is undone before the rollback");
            throw new IllegalStateException("fails");
        }));
        assertEquals(java.util.List.of("inner", "outer"), undone);
        connections.inTransaction(() -> null); // the hooks went with their transaction
        assertEquals(2, undone.size());
    }

    @Test
    void nestedCallsJoinTheOuterTransactionOnOneConnectionAndItCommitsAtTheEnd() {
        connections.inTransaction(() -> {
            Connection outer = connections.acquire();
            insert(outer, 1);
            connections.inTransaction(() -> {
                assertSame(outer, connections.acquire());
                insert(connections.acquire(), 2);
                return null;
            });
            assertEquals(0, count(), "nothing is visible to others before the outermost call ends");
            connections.release(outer); // the bound connection stays open for the rest of the unit
            insert(outer, 3);
            return null;
        });
        assertEquals(3, count());
    }

    @Test
    void anExceptionInANestedCallRollsBackTheWholeUnitAndIsRethrownAsIs() {
        IllegalStateException failure = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> connections.inTransaction(() -> {
            insert(connections.acquire(), 1);
            return connections.inTransaction(() -> {
                insert(connections.acquire(), 2);
                throw failure;
            });
        }));
        assertSame(failure, thrown);
        assertEquals(0, count());
    }

    @Test
    void outsideATransactionEachAcquireIsASourceConnectionClosedOnReleaseInsideOneBoundConnectionOutOfAutoCommit()
            throws SQLException {
        Connection first = connections.acquire();
        connections.release(first);
        assertTrue(first.isClosed());
        Connection[] bound = new Connection[1];
        connections.inTransaction(() -> {
            bound[0] = connections.acquire();
            try {
                assertEquals(false, bound[0].getAutoCommit());
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        assertNotSame(first, bound[0]);
        assertTrue(bound[0].isClosed(), "given back to the source after the transaction");
    }

    @Test
    void aSessionKeepsOneConnectionInAutoCommitAndATransactionBegunInsideIsARealOne() {
        java.util.List<String> undone = new java.util.ArrayList<>();
        connections.inSession(() -> {
            Connection session = connections.acquire();
            insert(session, 1);
            assertEquals(1, count(), "a statement of a session commits on its own");
            connections.onRollback(() -> undone.add("no transaction: dropped"));
            assertThrows(IllegalStateException.class, () -> connections.inTransaction(() -> {
                assertSame(session, connections.acquire());
                insert(connections.acquire(), 2);
                connections.onRollback(() -> undone.add("rolled back"));
                throw new IllegalStateException("fails");
            }));
            assertEquals(1, count(), "the transaction inside the session rolled back alone");
            connections.inTransaction(() -> {
                insert(connections.acquire(), 3);
                connections.inSession(() -> { // joins the transaction
                    insert(connections.acquire(), 4);
                    return null;
                });
                assertEquals(1, count(), "nothing of the transaction is visible before it commits");
                return null;
            });
            assertEquals(3, count());
            insert(session, 5); // auto-commit again after the transaction
            assertEquals(4, count());
            assertSame(session, connections.acquire());
            return null;
        });
        assertEquals(java.util.List.of("rolled back"), undone);
        assertEquals(4, count());
    }

    private static void insert(Connection c, int n) {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO t (n) VALUES (" + n + ")");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private int count() {
        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
