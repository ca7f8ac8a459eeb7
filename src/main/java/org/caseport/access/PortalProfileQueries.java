package org.caseport.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads portal access profiles for the admin pages and for the pickers that assign them. */
@Service
@Transactional(readOnly = true)
public class PortalProfileQueries {

    /** A profile as a picker offers it. */
    public record ProfileOption(long id, String name, boolean firmDefault) {
    }

    private static final String COLUMNS = "p.id, p.name, p.description, p.sections, p.fields, p.actions, p.is_firm_default";
    private static final String USAGE = """
            (select count(*) from clients u where u.portal_profile_id = p.id)
            + (select count(*) from client_contacts u where u.portal_profile_id = p.id)
            + (select count(*) from cases u where u.portal_profile_id = p.id)""";

    private final JdbcClient jdbc;

    PortalProfileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PortalProfileSummary> list() {
        return jdbc.sql("select " + COLUMNS + ", " + USAGE + " as usage_count from portal_profiles p"
                        + " order by lower(p.name), p.id")
                .query((rs, rowNum) -> new PortalProfileSummary(view(rs), rs.getLong("usage_count")))
                .list();
    }

    public PortalProfileView get(long profileId) {
        return jdbc.sql("select " + COLUMNS + " from portal_profiles p where p.id = :id")
                .param("id", profileId)
                .query((rs, rowNum) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Portal profile"));
    }

    public List<ProfileOption> options() {
        return jdbc.sql("select id, name, is_firm_default as firm_default from portal_profiles order by lower(name), id")
                .query(ProfileOption.class).list();
    }

    /** How many clients, contacts and cases name this profile as theirs. */
    public long usageCount(long profileId) {
        return jdbc.sql("select " + USAGE + " from portal_profiles p where p.id = :id")
                .param("id", profileId)
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Portal profile"));
    }

    private static PortalProfileView view(ResultSet rs) throws SQLException {
        return PortalProfileView.fromStored(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                names(rs.getArray("sections")), names(rs.getArray("fields")), names(rs.getArray("actions")),
                rs.getBoolean("is_firm_default"));
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
