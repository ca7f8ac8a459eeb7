package org.caseport.cases;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each move of a case through its workflow as a row of {@code case_status_changes}: the from
 * and to status and when, never who or why (those stay on the case's internal note). Runs inside
 * the transaction that changed the case, so the change and its record commit together.
 */
@Component
class CaseStatusHistory {

    private final JdbcClient jdbc;

    CaseStatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseStatusChanged event) {
        jdbc.sql("""
                        insert into case_status_changes (case_id, from_status, to_status, changed_on)
                        values (:caseId, :from, :to, :on)""")
                .param("caseId", event.caseId()).param("from", event.from().name()).param("to", event.to().name())
                .param("on", event.on())
                .update();
    }
}
