package org.caseport.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the lists portal profiles give their contacts, in the order the admin chose. */
@Service
@Transactional(readOnly = true)
public class PortalListQueries {

    private static final String COLUMNS = "l.id, l.profile_id, l.name, l.preset, l.columns, l.position";

    private final JdbcClient jdbc;

    PortalListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PortalList> ofProfile(long profileId) {
        return ofProfiles(List.of(profileId));
    }

    /** The lists of all these profiles, by profile and then in each profile's order. */
    public List<PortalList> ofProfiles(Collection<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from portal_lists l where l.profile_id in (:profileIds)"
                        + " order by l.profile_id, l.position, l.id")
                .param("profileIds", profileIds)
                .query((rs, rowNum) -> list(rs)).list();
    }

    /** The profile's list; one of another profile, or none, answers {@link NotFoundException}. */
    public PortalList get(long profileId, long listId) {
        return jdbc.sql("select " + COLUMNS + " from portal_lists l where l.id = :listId and l.profile_id = :profileId")
                .param("listId", listId).param("profileId", profileId)
                .query((rs, rowNum) -> list(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Portal list"));
    }

    private static PortalList list(ResultSet rs) throws SQLException {
        return new PortalList(rs.getLong("id"), rs.getLong("profile_id"), rs.getString("name"),
                PortalListPreset.valueOf(rs.getString("preset")),
                StoredNames.parse(PortalListColumn.class, names(rs.getArray("columns"))), rs.getInt("position"));
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
