package org.caseport.identity.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface UserAccounts extends CrudRepository<UserAccount, Long> {

    @Query("select * from user_accounts where lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    @Query("select exists (select 1 from user_accounts)")
    boolean anyExists();

    @Query("select * from user_accounts where contact_id = :contactId")
    Optional<UserAccount> findByContactId(long contactId);
}
