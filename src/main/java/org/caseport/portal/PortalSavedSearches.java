package org.caseport.portal;

import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's own saved searches. One belongs to the contact who saved it: anyone else's answers
 * {@link NotFoundException}, like one that does not exist. Saving keeps the filters, never any
 * result: running one searches again, through {@link PortalCaseLists}, within the access the contact
 * has then. A staff preview lists and runs the contact's searches but saves and deletes none.
 */
@Service
public class PortalSavedSearches {

    /** How many searches one contact may keep. */
    public static final int MOST = 50;

    private static final String COLUMNS = "id, name, list_id, status, text_query, opened_from, opened_to";

    private final JdbcClient jdbc;
    private final PortalCaseLists lists;

    PortalSavedSearches(JdbcClient jdbc, PortalCaseLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    /** The contact's saved searches by name; none for anyone else. */
    @Transactional(readOnly = true)
    public List<PortalSavedSearch> mine(Actor actor) {
        if (!actor.isContact()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from portal_saved_searches where contact_id = :contactId"
                        + " order by lower(name), id")
                .param("contactId", actor.contactId()).query(PortalSavedSearch.class).list();
    }

    @Transactional(readOnly = true)
    public PortalSavedSearch get(Actor actor, long searchId) {
        return jdbc.sql("select " + COLUMNS + " from portal_saved_searches where id = :id and contact_id = :contactId")
                .param("id", searchId).param("contactId", actor.isContact() ? actor.contactId() : -1L)
                .query(PortalSavedSearch.class).optional()
                .orElseThrow(() -> new NotFoundException("Saved search"));
    }

    /**
     * Saves the search under the name, unique (whatever the case) among the contact's. Its list must
     * be one offered to the contact now; in a preview, or for anyone but a contact, nothing is saved
     * (404).
     */
    @Transactional
    public long save(Actor actor, String name, PortalCaseSearch search) {
        requireMayKeep(actor);
        if (search.listId() != null && lists.offered(actor).stream().noneMatch(list -> list.id() == search.listId())) {
            throw new NotFoundException("Portal list");
        }
        long kept = jdbc.sql("select count(*) from portal_saved_searches where contact_id = :contactId")
                .param("contactId", actor.contactId()).query(Long.class).single();
        if (kept >= MOST) {
            throw new RejectedInputException("name", "You have " + MOST + " saved searches, the most one may keep."
                    + " Delete one you no longer need first.");
        }
        try {
            return jdbc.sql("""
                            insert into portal_saved_searches (contact_id, name, list_id, status, text_query,
                                                               opened_from, opened_to)
                            values (:contactId, :name, :listId, :status, :text, :from, :to) returning id""")
                    .param("contactId", actor.contactId()).param("name", name.trim())
                    .param("listId", search.listId())
                    .param("status", search.status() == null ? null : search.status().name())
                    .param("text", search.text()).param("from", search.openedFrom()).param("to", search.openedTo())
                    .query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw new RejectedInputException("name", "You already have a saved search named “" + name.trim() + "”.");
        }
    }

    /** Deletes the contact's own saved search; anyone else's, and any in a preview, answers 404. */
    @Transactional
    public void delete(Actor actor, long searchId) {
        requireMayKeep(actor);
        if (jdbc.sql("delete from portal_saved_searches where id = :id and contact_id = :contactId")
                .param("id", searchId).param("contactId", actor.contactId()).update() == 0) {
            throw new NotFoundException("Saved search");
        }
    }

    /** Whether the actor keeps saved searches: a contact, signed in as themselves (not a preview). */
    public boolean mayKeep(Actor actor) {
        return actor.isContact() && !actor.isPreview();
    }

    /** Answers {@link NotFoundException} unless the actor {@linkplain #mayKeep may keep} saved searches. */
    public void requireMayKeep(Actor actor) {
        if (!mayKeep(actor)) {
            throw new NotFoundException("Saved search");
        }
    }
}
