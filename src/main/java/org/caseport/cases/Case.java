package org.caseport.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A case the firm works for a client; it guards its own status workflow. */
@Table("cases")
class Case extends AbstractAggregateRoot<Case> {

    @Id
    private Long id;
    private String number;
    private String title;
    private Long clientId;
    private String caseType;
    private String description;
    private CaseStatus status;
    private Long leadInvestigatorId;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "case_id")
    private Set<CaseAssignment> assignments;

    @PersistenceCreator
    Case(Long id, String number, String title, Long clientId, String caseType, String description, CaseStatus status,
            Long leadInvestigatorId, LocalDate openedOn, LocalDate closedOn, Instant createdAt, Instant updatedAt,
            Integer version, Set<CaseAssignment> assignments) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.clientId = clientId;
        this.caseType = caseType;
        this.description = description;
        this.status = status;
        this.leadInvestigatorId = leadInvestigatorId;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.assignments = assignments == null ? new LinkedHashSet<>() : new LinkedHashSet<>(assignments);
    }

    static Case open(String number, CaseDetails details, LocalDate openedOn) {
        Instant now = Instant.now();
        Case kase = new Case(null, number, null, null, null, null, CaseStatus.OPEN, null, openedOn, null, now, now,
                null, Set.of());
        kase.update(details);
        return kase;
    }

    void update(CaseDetails details) {
        this.title = details.title().trim();
        this.clientId = details.clientId();
        this.caseType = details.caseType().trim();
        this.description = details.description();
        this.leadInvestigatorId = details.leadInvestigatorId();
        assignTeam(details.assigneeIds());
        this.updatedAt = Instant.now();
    }

    /** Moves the case through the workflow, refusing moves it does not allow. */
    void changeStatus(CaseStatus target, LocalDate on, long actorId, String actorName, String reason) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransitionException(status, target);
        }
        CaseStatus from = status;
        status = target;
        closedOn = target == CaseStatus.CLOSED ? on : null;
        updatedAt = Instant.now();
        registerEvent(new CaseStatusChanged(id, from, target, on, actorId, actorName, reason));
    }

    /** Makes sure the given staff member stays on the team, e.g. the investigator who opened it. */
    void keepOnTeam(long staffId) {
        if (!Objects.equals(leadInvestigatorId, staffId)) {
            assignments.add(new CaseAssignment(staffId));
        }
    }

    private void assignTeam(Collection<Long> assigneeIds) {
        assignments = assigneeIds.stream()
                .filter(staffId -> !Objects.equals(staffId, leadInvestigatorId))
                .map(CaseAssignment::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    CaseStatus getStatus() {
        return status;
    }

    Long getLeadInvestigatorId() {
        return leadInvestigatorId;
    }

    Set<Long> assigneeIds() {
        return assignments.stream().map(CaseAssignment::staffId).collect(Collectors.toSet());
    }
}
