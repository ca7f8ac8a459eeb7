package org.caseport.messages;

/** A case the contact may write to the firm about, for the case chooser of the message form. */
public record MessageableCase(long id, String number, String title) {

    public String label() {
        return number + " · " + title;
    }
}
