package org.caseport.timeslips;

import java.util.Set;
import java.util.stream.Collectors;
import org.caseport.access.AccessPolicy;
import org.caseport.identity.Actor;
import org.caseport.identity.StaffAccountService;
import org.caseport.identity.StaffMember;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, revising and sharing time slips on a case the actor works. */
@Service
public class TimeSlipService {

    private final TimeSlips timeSlips;
    private final AccessPolicy access;
    private final StaffAccountService staff;

    TimeSlipService(TimeSlips timeSlips, AccessPolicy access, StaffAccountService staff) {
        this.timeSlips = timeSlips;
        this.access = access;
        this.staff = staff;
    }

    @Transactional
    public long record(Actor actor, long caseId, TimeSlipDetails details) {
        access.requireCase(actor, caseId);
        requireActiveStaff(details.staffId());
        return timeSlips.save(TimeSlip.record(caseId, details)).getId();
    }

    @Transactional
    public void revise(Actor actor, long caseId, long slipId, TimeSlipDetails details) {
        TimeSlip slip = load(actor, caseId, slipId);
        if (slip.getOrigin() == TimeSlipOrigin.SYSTEM) {
            throw new RejectedInputException("body", "Notes Caseport recorded for an event cannot be edited.");
        }
        requireActiveStaff(details.staffId());
        slip.revise(details);
        timeSlips.save(slip);
    }

    @Transactional
    public void changeVisibility(Actor actor, long caseId, long slipId, Visibility visibility) {
        TimeSlip slip = load(actor, caseId, slipId);
        slip.changeVisibility(visibility);
        timeSlips.save(slip);
    }

    private TimeSlip load(Actor actor, long caseId, long slipId) {
        access.requireCase(actor, caseId);
        return timeSlips.findById(slipId).filter(slip -> slip.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Time slip"));
    }

    private void requireActiveStaff(long staffId) {
        Set<Long> active = staff.enabledStaff().stream().map(StaffMember::id).collect(Collectors.toSet());
        if (!active.contains(staffId)) {
            throw new RejectedInputException("staffId", "Choose an active staff member.");
        }
    }
}
