package org.caseport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Blocks of ids and case numbers taken from the database's own counters before a firm is written,
 * so that rows the app (or another test) inserts meanwhile or later never collide with generated ones.
 */
final class Reservations {

    private Reservations() {
    }

    /** Takes {@code count} ids from the table's identity; the lock keeps inserts from taking any meanwhile. */
    static long ids(Connection connection, String table, long count) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table " + table + " in share row exclusive mode");
            long first = single(statement, "select nextval(pg_get_serial_sequence('" + table + "', 'id'))");
            if (count > 1) {
                single(statement, "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + count - 1)
                        + ")");
            }
            return first;
        }
    }

    /** Numbers like the app's ({@code 2026-0042}) for cases opened on those days, each year's block from its counter. */
    static String[] caseNumbers(Connection connection, LocalDate[] opened) throws SQLException {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (LocalDate day : opened) {
            perYear.merge(day.getYear(), 1, Integer::sum);
        }
        Map<Integer, Integer> next = new TreeMap<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into case_number_sequences (year, last_value) values (?, ?)
                on conflict (year) do update set last_value = case_number_sequences.last_value + excluded.last_value
                returning last_value""")) {
            for (Map.Entry<Integer, Integer> year : perYear.entrySet()) {
                upsert.setInt(1, year.getKey());
                upsert.setInt(2, year.getValue());
                try (ResultSet result = upsert.executeQuery()) {
                    result.next();
                    next.put(year.getKey(), result.getInt(1) - year.getValue() + 1);
                }
            }
        }
        String[] numbers = new String[opened.length];
        for (int kase = 0; kase < numbers.length; kase++) {
            int year = opened[kase].getYear();
            int sequence = next.merge(year, 1, Integer::sum) - 1;
            numbers[kase] = String.format("%d-%04d", year, sequence);
        }
        return numbers;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
