package org.caseport.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseport.access.AccessPolicy;
import org.caseport.clients.ClientQueries;
import org.caseport.identity.Actor;
import org.caseport.identity.StaffAccountService;
import org.caseport.identity.StaffMember;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening cases, editing them and moving them through the workflow. */
@Service
public class CaseService {

    static final int MAX_REASON_LENGTH = 500;

    private final Cases cases;
    private final CaseNumbers numbers;
    private final AccessPolicy access;
    private final ClientQueries clients;
    private final StaffAccountService staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    CaseService(Cases cases, CaseNumbers numbers, AccessPolicy access, ClientQueries clients,
            StaffAccountService staff, Clock clock, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = events;
        this.cases = cases;
        this.numbers = numbers;
        this.access = access;
        this.clients = clients;
        this.staff = staff;
        this.clock = clock;
    }

    /** Opens a case today. */
    @Transactional
    public long open(Actor actor, CaseDetails details, BigDecimal budgetAuthorised) {
        return open(actor, details, budgetAuthorised, LocalDate.now(clock));
    }

    /**
     * Opens a case on the given date (a case may be entered after work began, never ahead of
     * time); its number runs in that date's year. An investigator who opens a case stays on its
     * team so they can go on working it.
     */
    @Transactional
    public long open(Actor actor, CaseDetails details, BigDecimal budgetAuthorised, LocalDate openedOn) {
        if (budgetAuthorised != null && budgetAuthorised.signum() < 0) {
            throw new RejectedInputException("budgetAuthorised", "The budget cannot be negative.");
        }
        if (openedOn.isAfter(LocalDate.now(clock))) {
            throw new RejectedInputException("openedOn", "A case cannot be opened in the future.");
        }
        checkReferences(details);
        Case kase = Case.open(numbers.next(openedOn), details, openedOn);
        if (!actor.isAdmin()) {
            kase.keepOnTeam(actor.id());
        }
        Case saved = cases.save(kase);
        events.publishEvent(new CaseOpened(saved.getId(),
                budgetAuthorised == null ? BigDecimal.ZERO : budgetAuthorised, saved.getOpenedOn(), actor.id()));
        return saved.getId();
    }

    @Transactional
    public void update(Actor actor, long caseId, CaseDetails details) {
        Case kase = load(actor, caseId);
        checkReferences(details);
        kase.update(details);
        if (!actor.isAdmin()) {
            kase.keepOnTeam(actor.id());
        }
        cases.save(kase);
    }

    @Transactional
    public void changeStatus(Actor actor, long caseId, CaseStatus target, String reason) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new RejectedInputException("reason", "Keep the reason under " + MAX_REASON_LENGTH + " characters.");
        }
        Case kase = load(actor, caseId);
        kase.changeStatus(target, LocalDate.now(clock), actor.id(), actor.displayName(), reason);
        cases.save(kase);
    }

    /** Chooses a portal profile for every contact on this case without one of their own ({@code null}: none). */
    @Transactional
    public void choosePortalProfile(Actor actor, long caseId, Long profileId) {
        access.requireCase(actor, caseId);
        jdbc.sql("update cases set portal_profile_id = :profileId where id = :id")
                .param("profileId", profileId).param("id", caseId).update();
    }

    private Case load(Actor actor, long caseId) {
        access.requireCase(actor, caseId);
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
    }

    private void checkReferences(CaseDetails details) {
        if (!clients.exists(details.clientId())) {
            throw new RejectedInputException("clientId", "Choose a client.");
        }
        Set<Long> enabledStaff = staff.enabledStaff().stream().map(StaffMember::id).collect(Collectors.toSet());
        if (details.leadInvestigatorId() != null && !enabledStaff.contains(details.leadInvestigatorId())) {
            throw new RejectedInputException("leadInvestigatorId", "Choose an active staff member as lead.");
        }
        Set<Long> unknown = new HashSet<>(details.assigneeIds());
        unknown.removeAll(enabledStaff);
        if (!unknown.isEmpty()) {
            throw new RejectedInputException("assigneeIds", "Choose active staff members only.");
        }
    }
}
