package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalProfileDetails;
import org.caseport.access.PortalProfileQueries;
import org.caseport.access.PortalProfileService;
import org.caseport.access.PortalProfileView;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

class PortalProfileWebTest extends IntegrationTest {

    private static final String PROFILES = "/app/admin/portal-profiles";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProfileService profiles;

    @Autowired
    PortalProfileQueries profileQueries;

    @Test
    void adminCreatesAProfileWithChosenSectionsFieldsAndActionsAndSeesItListed() throws Exception {
        Actor admin = data.admin();
        String name = TestData.unique("Insurer");
        mvc.perform(post(PROFILES).with(data.signedIn(admin)).with(csrf())
                        .param("name", name).param("description", "For claims handlers")
                        .param("sections", "OVERVIEW", "DOCUMENTS").param("fields", "INVESTIGATOR_EMAIL")
                        .param("actions", "DOWNLOAD"))
                .andExpect(redirectedUrl(PROFILES));

        PortalProfileView saved = profileQueries.get(idOf(name));
        assertThat(saved.sections()).containsExactly(PortalSection.OVERVIEW, PortalSection.DOCUMENTS);
        assertThat(saved.fields()).containsExactly(PortalField.INVESTIGATOR_EMAIL);
        assertThat(saved.actions()).containsExactly(PortalAction.DOWNLOAD);
        assertThat(saved.firmDefault()).isFalse();
        mvc.perform(get(PROFILES).with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("For claims handlers")));
    }

    @Test
    void theStoredArraysHoldExactlyTheTickedNames() throws Exception {
        Actor admin = data.admin();
        String name = TestData.unique("Arrays");
        mvc.perform(post(PROFILES).with(data.signedIn(admin)).with(csrf())
                        .param("name", name).param("sections", "SUBJECTS", "OVERVIEW")
                        .param("fields", "SUBJECT_DATE_OF_BIRTH"))
                .andExpect(redirectedUrl(PROFILES));

        assertThat(jdbc.sql("select array_to_string(sections, ',') || '|' || array_to_string(fields, ',') || '|'"
                        + " || array_to_string(actions, ',') from portal_profiles where name = :name")
                .param("name", name).query(String.class).single())
                .isEqualTo("OVERVIEW,SUBJECTS|SUBJECT_DATE_OF_BIRTH|");
    }

    @Test
    void editingAProfileSavesItsNewChoices() throws Exception {
        Actor admin = data.admin();
        long id = profiles.create(admin, details(TestData.unique("Before"), Set.of(PortalSection.OVERVIEW)));
        String renamed = TestData.unique("After");

        mvc.perform(get(PROFILES + "/" + id + "/edit").with(data.signedIn(admin))).andExpect(status().isOk());
        mvc.perform(post(PROFILES + "/" + id).with(data.signedIn(admin)).with(csrf())
                        .param("name", renamed).param("description", "Notes with hours")
                        .param("sections", "NOTES").param("fields", "NOTE_HOURS", "NOTE_RATES")
                        .param("actions", "MESSAGE", "UPLOAD"))
                .andExpect(redirectedUrl(PROFILES));

        PortalProfileView saved = profileQueries.get(id);
        assertThat(saved.name()).isEqualTo(renamed);
        assertThat(saved.description()).isEqualTo("Notes with hours");
        assertThat(saved.sections()).containsExactly(PortalSection.NOTES);
        assertThat(saved.fields()).containsExactly(PortalField.NOTE_HOURS, PortalField.NOTE_RATES);
        assertThat(saved.actions()).containsExactly(PortalAction.UPLOAD, PortalAction.MESSAGE);
    }

    @Test
    void untickingEverythingLeavesAProfileThatShowsNothing() throws Exception {
        Actor admin = data.admin();
        long id = profiles.create(admin, details(TestData.unique("Shrinking"), Set.of(PortalSection.values())));

        mvc.perform(post(PROFILES + "/" + id).with(data.signedIn(admin)).with(csrf())
                        .param("name", profileQueries.get(id).name())
                        .param("_sections", "on").param("_fields", "on").param("_actions", "on"))
                .andExpect(redirectedUrl(PROFILES));

        assertThat(profileQueries.get(id).sections()).isEmpty();
    }

    @Test
    void duplicateNameAndBlankNameShowFieldErrorsAndSaveNothing() throws Exception {
        Actor admin = data.admin();
        String taken = TestData.unique("Taken");
        long other = profiles.create(admin, details(taken, Set.of()));
        long before = profileCount();

        mvc.perform(post(PROFILES).with(data.signedIn(admin)).with(csrf())
                        .param("name", "  " + taken.toUpperCase() + " ").param("sections", "OVERVIEW"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("portalProfileForm", "name"))
                .andExpect(content().string(containsString("Another profile has this name.")));
        mvc.perform(post(PROFILES).with(data.signedIn(admin)).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("portalProfileForm", "name"));
        mvc.perform(post(PROFILES).with(data.signedIn(admin)).with(csrf()).param("name", "x".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("portalProfileForm", "name"));
        assertThat(profileCount()).isEqualTo(before);

        long renamed = profiles.create(admin, details(TestData.unique("Renamed"), Set.of()));
        mvc.perform(post(PROFILES + "/" + renamed).with(data.signedIn(admin)).with(csrf()).param("name", taken))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("portalProfileForm", "name"));
        assertThat(profileQueries.get(renamed).name()).isNotEqualTo(taken);
        assertThat(profileQueries.get(other).name()).isEqualTo(taken);
    }

    @Test
    @Transactional
    void makingAnotherProfileTheFirmDefaultLeavesExactlyOneDefault() throws Exception {
        Actor admin = data.admin();
        long chosen = profiles.create(admin, details(TestData.unique("New default"), Set.of(PortalSection.OVERVIEW)));

        mvc.perform(post(PROFILES + "/" + chosen + "/default").with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(PROFILES));
        mvc.perform(post(PROFILES + "/" + chosen + "/default").with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(PROFILES));

        assertThat(defaultIds()).containsExactly(chosen);
        mvc.perform(get(PROFILES).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("Firm default")));
    }

    @Test
    void theFirmDefaultCannotBeDeleted() throws Exception {
        Actor admin = data.admin();
        long firmDefault = defaultIds().get(0);

        mvc.perform(post(PROFILES + "/" + firmDefault + "/delete").with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(PROFILES))
                .andExpect(flash().attribute("problem", containsString("is the firm default")));

        assertThat(defaultIds()).containsExactly(firmDefault);
    }

    @Test
    void aProfileInUseCannotBeDeleted() throws Exception {
        Actor admin = data.admin();
        long id = profiles.create(admin, details(TestData.unique("In use"), Set.of(PortalSection.OVERVIEW)));
        long clientId = data.client(admin);
        jdbc.sql("update clients set portal_profile_id = :profile where id = :client")
                .param("profile", id).param("client", clientId).update();

        mvc.perform(post(PROFILES + "/" + id + "/delete").with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(PROFILES))
                .andExpect(flash().attribute("problem", containsString("is used by 1 client, contact or case")));

        assertThat(profileQueries.usageCount(id)).isEqualTo(1);
        assertThat(profileQueries.get(id).id()).isEqualTo(id);
    }

    @Test
    void anUnusedProfileIsDeleted() throws Exception {
        Actor admin = data.admin();
        long id = profiles.create(admin, details(TestData.unique("Unused"), Set.of()));

        mvc.perform(post(PROFILES + "/" + id + "/delete").with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(PROFILES))
                .andExpect(flash().attribute("notice", "Profile deleted."));

        assertThat(jdbc.sql("select count(*) from portal_profiles where id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    @Transactional
    void aProfileWithNamesFromALaterVersionIsListedAndEditedWithoutThem() throws Exception {
        Actor admin = data.admin();
        String name = TestData.unique("Later");
        long id = jdbc.sql("insert into portal_profiles (name, sections, fields, actions)"
                        + " values (:name, '{OVERVIEW,TASKS}', '{INVESTIGATOR_PHONE,TASK_DUE}', '{APPROVE}') returning id")
                .param("name", name).query(Long.class).single();

        mvc.perform(get(PROFILES).with(data.signedIn(admin))).andExpect(content().string(containsString(name)));
        mvc.perform(get(PROFILES + "/" + id + "/edit").with(data.signedIn(admin))).andExpect(status().isOk());
        profiles.update(admin, id, details(name, Set.of(PortalSection.OVERVIEW, PortalSection.BUDGET)));

        assertThat(jdbc.sql("select array_to_string(sections, ',') from portal_profiles where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("OVERVIEW,BUDGET");
    }

    @Test
    void investigatorGetsForbiddenOnEveryProfileRoute() throws Exception {
        Actor admin = data.admin();
        Actor investigator = data.investigator();
        String name = TestData.unique("Guarded");
        long id = profiles.create(admin, details(name, Set.of(PortalSection.OVERVIEW)));
        List<RequestBuilder> routes = List.of(
                get(PROFILES).with(data.signedIn(investigator)),
                get(PROFILES + "/new").with(data.signedIn(investigator)),
                post(PROFILES).param("name", TestData.unique("Sneaky")).with(data.signedIn(investigator)).with(csrf()),
                get(PROFILES + "/" + id + "/edit").with(data.signedIn(investigator)),
                post(PROFILES + "/" + id).param("name", "Sneaky").param("sections", "NOTES")
                        .with(data.signedIn(investigator)).with(csrf()),
                post(PROFILES + "/" + id + "/default").with(data.signedIn(investigator)).with(csrf()),
                post(PROFILES + "/" + id + "/delete").with(data.signedIn(investigator)).with(csrf()));

        for (RequestBuilder route : routes) {
            mvc.perform(route).andExpect(status().isForbidden());
        }
        PortalProfileView unchanged = profileQueries.get(id);
        assertThat(unchanged.name()).isEqualTo(name);
        assertThat(unchanged.sections()).containsExactly(PortalSection.OVERVIEW);
        assertThat(unchanged.firmDefault()).isFalse();
    }

    @Test
    void theServiceRefusesInvestigatorsToo() {
        Actor investigator = data.investigator();

        assertThatThrownBy(() -> profiles.create(investigator, details(TestData.unique("Sneaky"), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static PortalProfileDetails details(String name, Set<PortalSection> sections) {
        return new PortalProfileDetails(name, null, sections, Set.of(), Set.of());
    }

    private long idOf(String name) {
        return jdbc.sql("select id from portal_profiles where name = :name").param("name", name)
                .query(Long.class).single();
    }

    private long profileCount() {
        return jdbc.sql("select count(*) from portal_profiles").query(Long.class).single();
    }

    private List<Long> defaultIds() {
        return jdbc.sql("select id from portal_profiles where is_firm_default").query(Long.class).list();
    }
}
