package org.caseport.access;

import java.time.Instant;

/** A contact's access to all of a client's cases ({@code caseId} null) or to one case. */
public record PortalGrant(long id, long contactId, Long caseId, String caseNumber, String caseTitle, Instant grantedAt,
        String grantedByName) {

    public boolean coversAllCases() {
        return caseId == null;
    }
}
