package org.caseport.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff answer on a case's thread. */
record MessageForm(
        @NotBlank(message = "Write your reply.") @Size(max = 4000, message = "Keep the reply under 4,000 characters.") String body) {

    static MessageForm empty() {
        return new MessageForm("");
    }
}
