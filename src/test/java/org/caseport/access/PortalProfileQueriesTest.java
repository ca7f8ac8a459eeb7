package org.caseport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.caseport.access.PortalProfileQueries.ProfileOption;
import org.caseport.clients.ClientService;
import org.caseport.clients.ContactDetails;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PortalProfileQueriesTest extends IntegrationTest {

    @Autowired
    PortalProfileQueries queries;

    @Autowired
    PortalProfileService profiles;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usageCountsTheClientsContactsAndCasesThatNameTheProfile() {
        Actor admin = data.admin();
        long id = profiles.create(admin, new PortalProfileDetails(TestData.unique("Counted"), null,
                Set.of(PortalSection.OVERVIEW), Set.of(), Set.of()));
        long clientId = data.client(admin);
        long contactId = clients.addContact(admin, clientId, new ContactDetails("Cora Contact",
                TestData.unique("cora") + "@client.test", null, null));
        long caseId = data.kase(admin, null, BigDecimal.ZERO);

        use(id, "clients", clientId);
        use(id, "client_contacts", contactId);
        use(id, "cases", caseId);

        assertThat(queries.usageCount(id)).isEqualTo(3);
        assertThat(queries.list()).filteredOn(summary -> summary.profile().id() == id)
                .singleElement().extracting(PortalProfileSummary::usageCount).isEqualTo(3L);
    }

    @Test
    void optionsOfferEveryProfileAndMarkTheFirmDefault() {
        Actor admin = data.admin();
        String name = TestData.unique("Option");
        long id = profiles.create(admin, new PortalProfileDetails(name, null, Set.of(), Set.of(), Set.of()));

        assertThat(queries.options()).contains(new ProfileOption(id, name, false));
        assertThat(queries.options()).filteredOn(ProfileOption::firmDefault).hasSize(1);
    }

    private void use(long profileId, String table, long rowId) {
        jdbc.sql("update " + table + " set portal_profile_id = :profile where id = :id")
                .param("profile", profileId).param("id", rowId).update();
    }
}
