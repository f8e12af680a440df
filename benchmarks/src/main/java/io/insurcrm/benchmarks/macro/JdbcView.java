package io.insurcrm.benchmarks.macro;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-written 360° baseline: four round trips on one connection with prepared statements kept
 * open (auto-commit, no transaction): the customer row found by the identifier (resolution and row
 * in one query), the household with its members' names, the policies LEFT JOINed to their claims
 * (one query instead of two), and the newest interactions. Every column of every row is read, as
 * the library reads them, into plain arrays; the totals are summed in Java as the library does.
 */
final class JdbcView implements AutoCloseable {
    private static final String POLICY_COLUMNS = "p.id, p.version, p.policy_number, p.holder_id, p.product_line,"
            + " p.product_code, p.sales_channel, p.branch_id, p.licence_plate, p.start_date, p.end_date, p.premium,"
            + " p.sum_insured, p.currency, p.status, p.previous_policy_number, p.created_at, p.updated_at";
    private static final int POLICY_WIDTH = 18;
    private static final String CLAIM_COLUMNS = "c.id, c.version, c.claim_number, c.policy_id, c.customer_id,"
            + " c.loss_date, c.reported_date, c.settled_date, c.claimed_amount, c.paid_amount, c.currency, c.status,"
            + " c.litigation, c.cause, c.created_at, c.updated_at";
    private static final int CLAIM_WIDTH = 16;

    private final Connection connection;
    private final Map<Book.IdKind, PreparedStatement> resolve = new EnumMap<>(Book.IdKind.class);
    private final PreparedStatement household;
    private final PreparedStatement policiesAndClaims;
    private final PreparedStatement interactions;
    private final int interactionLimit;

    JdbcView(Connection connection, int interactionLimit) throws SQLException {
        this.connection = connection;
        this.interactionLimit = interactionLimit;
        resolve.put(Book.IdKind.CUSTOMER_ID, connection.prepareStatement("SELECT * FROM customer WHERE id = ?"));
        resolve.put(Book.IdKind.NATIONAL_ID, connection.prepareStatement(
                "SELECT * FROM customer WHERE national_id = ?"));
        resolve.put(Book.IdKind.MOBILE, connection.prepareStatement("SELECT * FROM customer WHERE mobile = ?"));
        resolve.put(Book.IdKind.LICENCE_PLATE, connection.prepareStatement("SELECT * FROM customer WHERE id ="
                + " (SELECT holder_id FROM policy WHERE licence_plate = ? ORDER BY start_date DESC, id DESC LIMIT 1)"));
        resolve.put(Book.IdKind.POLICY_NUMBER, connection.prepareStatement("SELECT c.* FROM policy p"
                + " JOIN customer c ON c.id = p.holder_id WHERE p.policy_number = ?"));
        household = connection.prepareStatement("SELECT h.id, h.code, m.customer_id, c.name, m.relationship"
                + " FROM household_member s JOIN household h ON h.id = s.household_id"
                + " JOIN household_member m ON m.household_id = h.id JOIN customer c ON c.id = m.customer_id"
                + " WHERE s.customer_id = ?");
        policiesAndClaims = connection.prepareStatement("SELECT " + POLICY_COLUMNS + ", " + CLAIM_COLUMNS
                + " FROM policy p LEFT JOIN claim c ON c.policy_id = p.id WHERE p.holder_id = ?"
                + " ORDER BY p.start_date DESC, p.id DESC, c.loss_date DESC, c.id DESC");
        interactions = connection.prepareStatement("SELECT * FROM interaction WHERE customer_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?");
    }

    /** The id of the customer with this natural key (ID number or organisation code), for id lookups. */
    UUID idOf(String naturalKey) throws SQLException {
        for (String column : new String[] {"national_id", "organisation_code"}) {
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM customer WHERE " + column + " = ?")) {
                s.setString(1, naturalKey);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getObject(1, UUID.class);
                    }
                }
            }
        }
        return null;
    }

    /** The view of the customer the identifier names; {@code key} is a UUID for id lookups, else the canonical text. */
    ViewAnswer find(Book.IdKind kind, Object key) throws SQLException {
        PreparedStatement r = resolve.get(kind);
        r.setObject(1, key);
        Object[] customer; // read in full, as the library reads it, though only the key is compared
        UUID id;
        String naturalKey;
        try (ResultSet rs = r.executeQuery()) {
            if (!rs.next()) {
                return ViewAnswer.NOT_FOUND;
            }
            customer = row(rs, rs.getMetaData().getColumnCount());
            id = rs.getObject("id", UUID.class);
            String nid = rs.getString("national_id");
            naturalKey = nid != null ? nid : rs.getString("organisation_code");
        }
        household.setObject(1, id);
        List<Object[]> members = new ArrayList<>(4);
        try (ResultSet rs = household.executeQuery()) {
            while (rs.next()) {
                members.add(row(rs, 5));
            }
        }
        LocalDate asOf = LocalDate.now(Clock.systemUTC());
        policiesAndClaims.setObject(1, id);
        List<Object[]> policies = new ArrayList<>(8);
        List<Object[]> claims = new ArrayList<>(4);
        BigDecimal written = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        int inForce = 0;
        try (ResultSet rs = policiesAndClaims.executeQuery()) {
            Object lastPolicy = null;
            while (rs.next()) {
                Object policyId = rs.getObject(1);
                if (!policyId.equals(lastPolicy)) {
                    Object[] p = row(rs, POLICY_WIDTH);
                    LocalDate start = rs.getObject(10, LocalDate.class);
                    LocalDate end = rs.getObject(11, LocalDate.class);
                    BigDecimal premium = rs.getBigDecimal(12);
                    written = written.add(premium);
                    if ("IN_FORCE".equals(p[14]) && !asOf.isBefore(start) && !asOf.isAfter(end)) {
                        inForce++;
                    }
                    policies.add(p);
                    lastPolicy = policyId;
                }
                if (rs.getObject(POLICY_WIDTH + 1) != null) {
                    Object[] c = new Object[CLAIM_WIDTH];
                    for (int i = 0; i < CLAIM_WIDTH; i++) {
                        c[i] = rs.getObject(POLICY_WIDTH + 1 + i);
                    }
                    BigDecimal amount = rs.getBigDecimal(POLICY_WIDTH + 10);
                    if (amount != null) {
                        paid = paid.add(amount);
                    }
                    claims.add(c);
                }
            }
        }
        interactions.setObject(1, id);
        interactions.setInt(2, interactionLimit);
        List<Object[]> recent = new ArrayList<>(8);
        try (ResultSet rs = interactions.executeQuery()) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                recent.add(row(rs, width));
            }
        }
        return new ViewAnswer(naturalKey, policies.size(), inForce, claims.size(), ViewAnswer.amount(written),
                ViewAnswer.amount(paid), recent.size(), members.size());
    }

    private static Object[] row(ResultSet rs, int width) throws SQLException {
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            values[i] = rs.getObject(i + 1);
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
