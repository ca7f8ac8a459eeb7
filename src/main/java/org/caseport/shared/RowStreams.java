package org.caseport.shared;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a query's rows one at a time, for exports of lists that may be long (a case with 10,000
 * time slips): PostgreSQL sends them through a cursor, {@value #FETCH_SIZE} rows at a time, and each
 * row is handed on and forgotten before the next, so no list of them is ever held. The driver uses
 * a cursor only inside a transaction: call it from a {@code @Transactional} method.
 */
public final class RowStreams {

    public static final int FETCH_SIZE = 500;

    private RowStreams() {
    }

    public static <T> void forEach(JdbcClient.StatementSpec statement, Class<T> type, Consumer<? super T> each) {
        try (Stream<T> rows = statement.withFetchSize(FETCH_SIZE).query(type).stream()) {
            rows.forEach(each);
        }
    }
}
