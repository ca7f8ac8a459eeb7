package org.caseport.cases;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers run per year: 2026-0001, 2026-0002, … The counter row is updated with an upsert,
 * so concurrent openings never get the same number.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(LocalDate openedOn) {
        int year = openedOn.getYear();
        int sequence = jdbc.sql("""
                insert into case_number_sequences (year, last_value) values (:year, 1)
                on conflict (year) do update set last_value = case_number_sequences.last_value + 1
                returning last_value""")
                .param("year", year).query(Integer.class).single();
        return format(year, sequence);
    }

    static String format(int year, int sequence) {
        return String.format("%d-%04d", year, sequence);
    }
}
