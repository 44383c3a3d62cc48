package org.servicelevel.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the application's tables hold, in a few numbers per table: rows, the sum of the optimistic-lock
 * versions and the highest id. Any insert, delete, or update of an aggregate (which raises its
 * version) changes it. Read beside the running server: the embedded H2 database in AUTO_SERVER mode,
 * or the PostgreSQL database of the second pass. Tables that timers write on their own (notification
 * and webhook delivery attempts, deadline firings) and the schema history are left out.
 */
final class DatabaseFingerprint implements AutoCloseable {

    private static final Set<String> IGNORED = Set.of("flyway_schema_history", "notification", "deadline_firing",
            "webhook_delivery");

    private final Connection connection;
    private final PreparedStatement query;
    /** On PostgreSQL: the next transaction id, which every transaction that writes takes one of. */
    private final PreparedStatement nextTransaction;

    DatabaseFingerprint() throws SQLException {
        String url = System.getenv("SERVICELEVEL_DATASOURCE_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            connection = DriverManager.getConnection(url, Objects.requireNonNullElse(
                    System.getenv("SERVICELEVEL_DATASOURCE_USER"), "postgres"), System.getenv("SERVICELEVEL_DATASOURCE_PASSWORD"));
        } else {
            connection = DriverManager.getConnection(System.getProperty("servicelevel.it.h2-url"), "servicelevel", "");
        }
        connection.setReadOnly(true);
        query = connection.prepareStatement(query(connection));
        nextTransaction = url != null && url.startsWith("jdbc:postgresql:")
                ? connection.prepareStatement("SELECT pg_snapshot_xmax(pg_current_snapshot())::text") : null;
    }

    /**
     * A mark that changes whenever anything was written since: on PostgreSQL the next transaction id
     * (a few microseconds, where reading every table's numbers takes tens of milliseconds once the
     * tables have grown); elsewhere the numbers themselves. Writes by timers move it too, so a moved
     * mark is only a reason to look closer.
     */
    Object mark() throws SQLException {
        if (nextTransaction == null) {
            return read();
        }
        try (ResultSet row = nextTransaction.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static String query(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!IGNORED.contains(table)) {
                    columns.put(table, new ArrayList<>());
                }
            }
        }
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            try (ResultSet cs = meta.getColumns(null, "public", table.getKey(), "%")) {
                while (cs.next()) {
                    table.getValue().add(cs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        if (columns.size() < 10) {
            throw new IllegalStateException("The application's tables were not found: " + columns.keySet());
        }
        List<String> parts = new ArrayList<>();
        columns.forEach((table, names) -> parts.add("SELECT '" + table + "' AS t, COUNT(*) AS c, "
                + (names.contains("version") ? "COALESCE(SUM(version), 0)" : "0") + " AS v, "
                + (names.contains("id") ? "COALESCE(MAX(id), 0)" : "0") + " AS i FROM " + table));
        return String.join(" UNION ALL ", parts);
    }

    /** The numbers, table by table. */
    Map<String, String> read() throws SQLException {
        Map<String, String> numbers = new LinkedHashMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                numbers.put(rows.getString("t"), rows.getLong("c") + "/" + rows.getLong("v") + "/" + rows.getLong("i"));
            }
        }
        return numbers;
    }

    /** The tables whose numbers differ between two readings. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, numbers) -> {
            if (!numbers.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + numbers);
            }
        });
        return changed;
    }

    @Override
    public void close() throws SQLException {
        if (nextTransaction != null) {
            nextTransaction.close();
        }
        query.close();
        connection.close();
    }
}
