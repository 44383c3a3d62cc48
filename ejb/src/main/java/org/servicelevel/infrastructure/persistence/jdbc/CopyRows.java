package org.servicelevel.infrastructure.persistence.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, one row after another, sent in
 * one message on the caller's connection (and so in its transaction). On PostgreSQL a page of the
 * month's ticket lines went in in about half the time of the same rows as a batch of inserts: each
 * inserted row is a statement the server binds and executes on its own.
 * Only a connection of the PostgreSQL driver bundled with the application can copy
 * ({@link #possibleOn}); any other database gets the rows as a batch of inserts.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(16_384);
    private boolean first = true;

    /** Whether {@code connection} is PostgreSQL's, through the pool's wrapper. */
    static boolean possibleOn(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                case 0x0b -> text.append("\\v");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyRows number(Long value) {
        separate();
        text.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyRows number(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** An instant as ISO-8601 in UTC, which a {@code TIMESTAMP WITH TIME ZONE} column reads as that instant. */
    CopyRows instant(Instant value) {
        separate();
        text.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        first = true;
        return this;
    }

    /** The rows as the text format has them. */
    String rows() {
        return text.toString();
    }

    /** Copies the rows into {@code table}'s {@code columns} (comma-separated); answers how many went in. */
    long into(Connection connection, String table, String columns) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows()));
        } catch (IOException e) {
            throw new SQLException("The rows could not be copied into " + table, e);
        }
    }

    private void separate() {
        if (!first) {
            text.append('\t');
        }
        first = false;
    }
}
