package org.caseport.clients;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseport.shared.LikePatterns;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads clients and contacts for staff pages. */
@Service
@Transactional(readOnly = true)
public class ClientQueries {

    public record ClientOption(long id, String name) {
    }

    private static final String CONTACT_SELECT = "select cc.id, cc.name, cc.email, cc.phone, cc.role_title, "
            + "cc.portal_profile_id, " + PortalStatus.SQL + " as portal_status "
            + "from client_contacts cc left join user_accounts u on u.contact_id = cc.id";

    private final JdbcClient jdbc;

    ClientQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long clientId) {
        return jdbc.sql("select exists (select 1 from clients where id = :id)").param("id", clientId)
                .query(Boolean.class).single();
    }

    public PageResult<ClientSummary> search(String text, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (text != null && !text.isBlank()) {
            where = " where cl.name ilike :text escape '\\' or cl.email ilike :text escape '\\'";
            params.put("text", LikePatterns.containing(text.trim()));
        }
        long total = jdbc.sql("select count(*) from clients cl" + where).params(params).query(Long.class).single();
        List<ClientSummary> rows = jdbc.sql("""
                        select cl.id, cl.kind, cl.name, cl.email, cl.phone,
                               (select count(*) from client_contacts cc where cc.client_id = cl.id) as contact_count,
                               (select count(*) from cases c where c.client_id = cl.id and c.status <> 'CLOSED') as open_case_count
                        from clients cl""" + where + " order by lower(cl.name), cl.id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ClientSummary.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    public List<ClientOption> options() {
        return jdbc.sql("select id, name from clients order by lower(name), id").query(ClientOption.class).list();
    }

    /** The client's name, for a filter that names it by id; empty when there is no such client. */
    public Optional<String> nameOf(long clientId) {
        return jdbc.sql("select name from clients where id = :id").param("id", clientId).query(String.class)
                .optional();
    }

    public ClientView get(long clientId) {
        List<ClientView.ContactView> contacts = jdbc.sql(CONTACT_SELECT
                        + " where cc.client_id = :id order by lower(cc.name), cc.id")
                .param("id", clientId).query(ClientView.ContactView.class).list();
        return jdbc.sql("select id, kind, name, email, phone, address, notes, portal_profile_id from clients where id = :id")
                .param("id", clientId)
                .query((rs, rowNum) -> new ClientView(rs.getLong("id"), ClientKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("address"),
                        rs.getString("notes"), rs.getObject("portal_profile_id", Long.class), contacts))
                .optional()
                .orElseThrow(() -> new NotFoundException("Client"));
    }

    public ClientView.ContactView contact(long clientId, long contactId) {
        return jdbc.sql(CONTACT_SELECT + " where cc.id = :id and cc.client_id = :clientId")
                .param("id", contactId).param("clientId", clientId)
                .query(ClientView.ContactView.class).optional()
                .orElseThrow(() -> new NotFoundException("Contact"));
    }
}
