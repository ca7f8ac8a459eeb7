package org.caseport.timeslips;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.caseport.access.AccessPolicy;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.caseport.shared.RowStreams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's time slips, newest first, a page at a time. */
@Service
@Transactional(readOnly = true)
public class TimeSlipQueries {

    /** Same rounding as {@code TimeSlip.amount()}: PostgreSQL rounds numeric half away from zero. */
    private static final String AMOUNT = "case when t.billable then round(t.hours * t.rate, 2) else 0.00 end";

    private static final String ROW_SELECT = "select t.id, t.work_date, t.staff_id, u.display_name as staff_name, "
            + "t.hours, t.rate, t.billable, " + AMOUNT + " as amount, t.body, t.visibility, t.origin "
            + "from time_slips t left join user_accounts u on u.id = t.staff_id ";

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    TimeSlipQueries(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public PageResult<TimeSlipRow> forCase(Actor actor, long caseId, int page, int size) {
        access.requireCase(actor, caseId);
        long total = jdbc.sql("select count(*) from time_slips where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
        List<TimeSlipRow> rows = jdbc.sql(ROW_SELECT
                        + "where t.case_id = :caseId order by t.work_date desc, t.id desc limit :limit offset :offset")
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(TimeSlipRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** Every time slip of the case, oldest first, one at a time ({@link RowStreams}): for exports. */
    public void eachForCase(Actor actor, long caseId, Consumer<TimeSlipRow> each) {
        access.requireCase(actor, caseId);
        RowStreams.forEach(jdbc.sql(ROW_SELECT + "where t.case_id = :caseId order by t.work_date, t.id")
                .param("caseId", caseId), TimeSlipRow.class, each);
    }

    public TimeSlipRow get(Actor actor, long caseId, long slipId) {
        access.requireCase(actor, caseId);
        return jdbc.sql(ROW_SELECT + "where t.case_id = :caseId and t.id = :id")
                .param("caseId", caseId).param("id", slipId)
                .query(TimeSlipRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Time slip"));
    }

    /** Billable time on a case, to the cent; the ledger adds it to billable expenses. */
    public BigDecimal billableTotal(long caseId) {
        // filtered on billable (not summing zeros for the rest) so the partial index time_slips_billable_idx serves it
        return jdbc.sql("select coalesce(sum(round(t.hours * t.rate, 2)), 0) from time_slips t"
                        + " where t.case_id = :caseId and t.billable")
                .param("caseId", caseId).query(BigDecimal.class).single();
    }
}
