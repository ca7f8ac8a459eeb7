package org.caseport.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A contact's message to the firm: the case, what it is about (filled in with the screen they came
 * from, which they may change), the text, and that screen's address to go back to.
 */
record PortalMessageForm(
        @NotNull(message = "Choose the case your message is about.") Long caseId,
        @Size(max = 200, message = "Keep the subject under 200 characters.") String about,
        @NotBlank(message = "Write your message.") @Size(max = 4000, message = "Keep the message under 4,000 characters.") String body,
        String from) {
}
