package org.caseport.access;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PortalProfiles extends CrudRepository<PortalProfile, Long> {

    @Query("select exists (select 1 from portal_profiles where lower(name) = lower(:name) and id <> coalesce(:exceptId, -1))")
    boolean nameTaken(String name, Long exceptId);

    @Query("select * from portal_profiles where is_firm_default")
    Optional<PortalProfile> findFirmDefault();
}
