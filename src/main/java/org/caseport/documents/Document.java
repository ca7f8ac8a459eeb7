package org.caseport.documents;

import java.time.Instant;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document of a case: its title, category and visibility, which of its versions is the current
 * one, and whether the client's contacts may propose a revised version; its files are its versions.
 */
@Table("documents")
class Document {

    @Id
    private Long id;
    private Long caseId;
    private String title;
    private DocumentCategory category;
    private Visibility visibility;
    private Long createdBy;
    private Instant createdAt;
    private int currentVersion;
    private boolean clientMayRevise;
    @Version
    private Integer version;

    @PersistenceCreator
    Document(Long id, Long caseId, String title, DocumentCategory category, Visibility visibility, Long createdBy,
            Instant createdAt, int currentVersion, boolean clientMayRevise, Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.title = title;
        this.category = category;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.currentVersion = currentVersion;
        this.clientMayRevise = clientMayRevise;
        this.version = version;
    }

    static Document upload(long caseId, String title, DocumentCategory category, Visibility visibility, long by,
            Instant now) {
        return new Document(null, caseId, title, category == null ? DocumentCategory.OTHER : category,
                visibility == null ? Visibility.INTERNAL : visibility, by, now, 1, false, null);
    }

    /**
     * Changes who may see the document; answers whether it has just become visible to the client.
     * Made internal, it no longer invites revisions from the client.
     */
    boolean changeVisibility(Visibility visibility) {
        boolean nowShared = this.visibility != Visibility.CLIENT && visibility == Visibility.CLIENT;
        this.visibility = visibility;
        if (!isShared()) {
            clientMayRevise = false;
        }
        return nowShared;
    }

    /** Lets the client's contacts propose revised versions, or stops them; only a shared document may invite them. */
    void allowClientRevisions(boolean allowed) {
        if (allowed && !isShared()) {
            throw new RejectedInputException("clientMayRevise",
                    "Share the document with the client before inviting them to revise it.");
        }
        clientMayRevise = allowed;
    }

    /** Makes the version (a new staff version, or a proposal staff accepted) the current one. */
    void adoptVersion(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1: " + number);
        }
        currentVersion = number;
    }

    boolean isShared() {
        return visibility == Visibility.CLIENT;
    }

    boolean clientMayRevise() {
        return clientMayRevise;
    }

    String getTitle() {
        return title;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    int getCurrentVersion() {
        return currentVersion;
    }
}
