package org.caseport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalProfileViewTest {

    @Test
    void aFieldWhoseSectionIsHiddenIsNotShown() {
        PortalProfileView profile = new PortalProfileView(1, "Notes without subjects", null,
                Set.of(PortalSection.NOTES), Set.of(PortalField.NOTE_HOURS, PortalField.SUBJECT_DATE_OF_BIRTH),
                Set.of(), false);

        assertThat(profile.showsField(PortalField.NOTE_HOURS)).isTrue();
        assertThat(profile.showsField(PortalField.SUBJECT_DATE_OF_BIRTH)).isFalse();
        assertThat(profile.shownFields()).containsExactly(PortalField.NOTE_HOURS);
    }

    @Test
    void aFieldThatIsNotTickedIsNotShownEvenInAShownSection() {
        PortalProfileView profile = new PortalProfileView(1, "Notes", null, Set.of(PortalSection.NOTES),
                Set.of(), Set.of(), false);

        assertThat(profile.shows(PortalSection.NOTES)).isTrue();
        assertThat(profile.showsField(PortalField.NOTE_RATES)).isFalse();
    }

    @Test
    void onlyListedActionsAreAllowed() {
        PortalProfileView profile = new PortalProfileView(1, "Downloads", null, Set.of(PortalSection.DOCUMENTS),
                Set.of(), Set.of(PortalAction.DOWNLOAD), false);

        assertThat(profile.allows(PortalAction.DOWNLOAD)).isTrue();
        assertThat(profile.allows(PortalAction.UPLOAD)).isFalse();
    }

    @Test
    void unknownStoredNamesAreIgnored() {
        PortalProfileView profile = PortalProfileView.fromStored(1, "From a later version", null,
                List.of("OVERVIEW", "TASKS", "overview"), List.of("INVESTIGATOR_EMAIL", "TASK_DUE_DATES"),
                List.of("SIGN_CONTRACTS", "MESSAGE"), false);

        assertThat(profile.sections()).containsExactly(PortalSection.OVERVIEW);
        assertThat(profile.fields()).containsExactly(PortalField.INVESTIGATOR_EMAIL);
        assertThat(profile.actions()).containsExactly(PortalAction.MESSAGE);
    }

    @Test
    void nothingStoredMeansNothingShown() {
        PortalProfileView profile = PortalProfileView.fromStored(1, "Empty", null, null, List.of(), null, false);

        assertThat(profile.sections()).isEmpty();
        assertThat(profile.fields()).isEmpty();
        assertThat(profile.actions()).isEmpty();
    }

    @Test
    void everyFieldBelongsToASectionThatListsIt() {
        for (PortalField field : PortalField.values()) {
            assertThat(field.section().fields()).contains(field);
        }
    }
}
