package org.caseport.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY … FROM STDIN} (text format), a
 * megabyte at a time, so a table of millions of rows never sits in memory.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    /** Appends one row; values are written in the order of the columns given to the constructor. */
    void row(Object... values) throws SQLException {
        for (int index = 0; index < values.length; index++) {
            if (index > 0) {
                buffer.append('\t');
            }
            append(values[index]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Boolean bool) {
            buffer.append(bool ? 't' : 'f');
        } else if (value instanceof Collection<?> items) {
            buffer.append('{');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    buffer.append(',');
                }
                buffer.append(item);
                first = false;
            }
            buffer.append('}');
        } else if (value instanceof Number || value instanceof LocalDate || value instanceof Instant) {
            buffer.append(value);
        } else {
            escape(value.toString());
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(String text) {
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (!copy.isActive()) {
            return;
        }
        flush();
        copy.endCopy();
    }
}
