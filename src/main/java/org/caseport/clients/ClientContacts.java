package org.caseport.clients;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ClientContacts extends CrudRepository<ClientContact, Long> {

    @Query("select exists (select 1 from client_contacts where client_id = :clientId and lower(email) = lower(:email) and id <> coalesce(:exceptId, -1))")
    boolean emailTaken(long clientId, String email, Long exceptId);
}
