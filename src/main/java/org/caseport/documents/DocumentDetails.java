package org.caseport.documents;

import java.time.Instant;
import org.caseport.shared.Visibility;

/** A document as its staff page heads it: what staff decided about it, and which version is current. */
public record DocumentDetails(long id, String title, DocumentCategory category, Visibility visibility,
        boolean clientMayRevise, int currentVersion, String createdBy, Instant createdAt) {

    public boolean isShared() {
        return visibility == Visibility.CLIENT;
    }
}
