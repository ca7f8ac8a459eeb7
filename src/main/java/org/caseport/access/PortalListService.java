package org.caseport.access;

import java.util.List;
import java.util.function.Supplier;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins decide which lists a portal profile gives its contacts: a name, a preset of cases and
 * columns. A list may only read what its profile shows: a preset or column of a section the profile
 * hides is refused, naming the section.
 */
@Service
public class PortalListService {

    private final JdbcClient jdbc;
    private final PortalProfileQueries profiles;
    private final PortalListQueries lists;
    private final AccessPolicy policy;

    PortalListService(JdbcClient jdbc, PortalProfileQueries profiles, PortalListQueries lists, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.lists = lists;
        this.policy = policy;
    }

    /** Adds the list after the profile's others; answers its id. */
    @Transactional
    public long add(Actor actor, long profileId, PortalListDetails details) {
        requireAdmin(actor);
        requireReadable(profiles.get(profileId), details);
        return unique(details, () -> jdbc.sql("""
                        insert into portal_lists (profile_id, name, preset, columns, position)
                        values (:profileId, :name, :preset, string_to_array(:columns, ','),
                                (select coalesce(max(position), 0) + 1 from portal_lists where profile_id = :profileId))
                        returning id""")
                .param("profileId", profileId).param("name", details.name().trim())
                .param("preset", details.preset().name()).param("columns", stored(details))
                .query(Long.class).single());
    }

    @Transactional
    public void update(Actor actor, long profileId, long listId, PortalListDetails details) {
        requireAdmin(actor);
        lists.get(profileId, listId);
        requireReadable(profiles.get(profileId), details);
        unique(details, () -> jdbc.sql("""
                        update portal_lists set name = :name, preset = :preset, columns = string_to_array(:columns, ',')
                        where id = :listId""")
                .param("listId", listId).param("name", details.name().trim())
                .param("preset", details.preset().name()).param("columns", stored(details))
                .update());
    }

    /** Swaps the list with its neighbour before ({@code earlier}) or after it; at either end nothing moves. */
    @Transactional
    public void move(Actor actor, long profileId, long listId, boolean earlier) {
        requireAdmin(actor);
        lists.get(profileId, listId);
        jdbc.sql("select id from portal_lists where profile_id = :profileId for update")
                .param("profileId", profileId).query(Long.class).list();
        List<PortalList> ordered = lists.ofProfile(profileId);
        int at = ordered.stream().map(PortalList::id).toList().indexOf(listId);
        int to = earlier ? at - 1 : at + 1;
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        for (int i = 0; i < ordered.size(); i++) {
            int position = i == at ? to : i == to ? at : i;
            jdbc.sql("update portal_lists set position = :position where id = :id")
                    .param("position", position + 1).param("id", ordered.get(i).id()).update();
        }
    }

    @Transactional
    public void delete(Actor actor, long profileId, long listId) {
        requireAdmin(actor);
        if (jdbc.sql("delete from portal_lists where id = :listId and profile_id = :profileId")
                .param("listId", listId).param("profileId", profileId).update() == 0) {
            throw new NotFoundException("Portal list");
        }
    }

    private static void requireReadable(PortalProfileView profile, PortalListDetails details) {
        if (!details.preset().offeredBy(profile)) {
            throw new RejectedInputException("preset", "“" + details.preset().label() + "” needs the profile to show "
                    + details.preset().requiredSection().label() + ".");
        }
        for (PortalListColumn column : details.columns()) {
            if (!column.shownBy(profile)) {
                throw new RejectedInputException("columns", "“" + column.label() + "” needs the profile to show "
                        + column.section().label() + ".");
            }
        }
    }

    /** The column names, comma-separated for {@code string_to_array}: a Java array would bind as several parameters. */
    private static String stored(PortalListDetails details) {
        return String.join(",", StoredNames.names(details.columns()));
    }

    private static <T> T unique(PortalListDetails details, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException taken) {
            throw new RejectedInputException("name", "This profile already has a list named “"
                    + details.name().trim() + "”.");
        }
    }

    private void requireAdmin(Actor actor) {
        if (!policy.canManagePortalProfiles(actor)) {
            throw new AccessDeniedException("admin only");
        }
    }
}
