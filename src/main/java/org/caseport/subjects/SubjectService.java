package org.caseport.subjects;

import java.time.Clock;
import java.time.LocalDate;
import org.caseport.access.AccessPolicy;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, revising and sharing the subjects of a case the actor works. */
@Service
public class SubjectService {

    private final Subjects subjects;
    private final AccessPolicy access;
    private final Clock clock;

    SubjectService(Subjects subjects, AccessPolicy access, Clock clock) {
        this.subjects = subjects;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public long record(Actor actor, long caseId, SubjectDetails details) {
        access.requireCase(actor, caseId);
        return subjects.save(Subject.record(caseId, details, LocalDate.now(clock))).getId();
    }

    @Transactional
    public void revise(Actor actor, long caseId, long subjectId, SubjectDetails details) {
        Subject subject = load(actor, caseId, subjectId);
        subject.revise(details, LocalDate.now(clock));
        subjects.save(subject);
    }

    @Transactional
    public void changeVisibility(Actor actor, long caseId, long subjectId, Visibility visibility) {
        Subject subject = load(actor, caseId, subjectId);
        subject.changeVisibility(visibility);
        subjects.save(subject);
    }

    private Subject load(Actor actor, long caseId, long subjectId) {
        access.requireCase(actor, caseId);
        return subjects.findByIdAndCaseId(subjectId, caseId).orElseThrow(() -> new NotFoundException("Subject"));
    }
}
