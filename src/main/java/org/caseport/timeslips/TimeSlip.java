package org.caseport.timeslips;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.caseport.shared.Money;
import org.caseport.shared.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Work on a case: hours at a rate, billable or no-charge, internal until shared. */
@Table("time_slips")
class TimeSlip {

    @Id
    private Long id;
    private Long caseId;
    private LocalDate workDate;
    private Long staffId;
    private BigDecimal hours;
    private BigDecimal rate;
    private boolean billable;
    private String body;
    private Visibility visibility;
    private TimeSlipOrigin origin;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    TimeSlip(Long id, Long caseId, LocalDate workDate, Long staffId, BigDecimal hours, BigDecimal rate,
            boolean billable, String body, Visibility visibility, TimeSlipOrigin origin, Instant createdAt,
            Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.workDate = workDate;
        this.staffId = staffId;
        this.hours = hours;
        this.rate = rate;
        this.billable = billable;
        this.body = body;
        this.visibility = visibility;
        this.origin = origin;
        this.createdAt = createdAt;
        this.version = version;
    }

    static TimeSlip record(long caseId, TimeSlipDetails details) {
        TimeSlip slip = new TimeSlip(null, caseId, null, null, null, null, false, null, Visibility.INTERNAL,
                TimeSlipOrigin.STAFF, Instant.now(), null);
        slip.revise(details);
        return slip;
    }

    /** A no-charge, internal note Caseport writes for an event on the case. */
    static TimeSlip systemNote(long caseId, LocalDate on, Long staffId, String body) {
        return systemNote(caseId, on, staffId, body, Visibility.INTERNAL);
    }

    /** A no-charge note Caseport writes on the case, internal or shared with the client. */
    static TimeSlip systemNote(long caseId, LocalDate on, Long staffId, String body, Visibility visibility) {
        return new TimeSlip(null, caseId, on, staffId, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                false, body, visibility, TimeSlipOrigin.SYSTEM, Instant.now(), null);
    }

    void revise(TimeSlipDetails details) {
        if (details.hours().signum() < 0 || details.rate().signum() < 0) {
            throw new IllegalArgumentException("hours and rate cannot be negative");
        }
        this.workDate = details.workDate();
        this.staffId = details.staffId();
        this.hours = details.hours().setScale(2, RoundingMode.HALF_UP);
        this.rate = Money.of(details.rate());
        this.billable = details.billable();
        this.body = details.body().trim();
        this.visibility = details.visibility();
    }

    void changeVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    /** What the slip bills: hours × rate to the cent, or nothing when no-charge. */
    BigDecimal amount() {
        return amount(hours, rate, billable);
    }

    static BigDecimal amount(BigDecimal hours, BigDecimal rate, boolean billable) {
        return billable ? Money.of(hours.multiply(rate)) : Money.zero();
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    TimeSlipOrigin getOrigin() {
        return origin;
    }
}
