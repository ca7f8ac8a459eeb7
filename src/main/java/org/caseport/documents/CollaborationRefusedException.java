package org.caseport.documents;

/**
 * A comment, revision or decision the document's state refuses — an internal document has no
 * thread, a revision is only taken where staff invited one and while none awaits a decision, a
 * decided proposal stays decided. The message says why, to be shown as it is.
 */
public class CollaborationRefusedException extends RuntimeException {

    CollaborationRefusedException(String message) {
        super(message);
    }
}
