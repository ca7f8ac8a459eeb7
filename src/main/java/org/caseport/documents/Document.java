package org.caseport.documents;

import java.time.Instant;
import org.caseport.shared.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A document of a case: its title, category and visibility; its files are its versions. */
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
    @Version
    private Integer version;

    @PersistenceCreator
    Document(Long id, Long caseId, String title, DocumentCategory category, Visibility visibility, Long createdBy,
            Instant createdAt, Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.title = title;
        this.category = category;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Document upload(long caseId, String title, DocumentCategory category, Visibility visibility, long by,
            Instant now) {
        return new Document(null, caseId, title, category == null ? DocumentCategory.OTHER : category,
                visibility == null ? Visibility.INTERNAL : visibility, by, now, null);
    }

    /** Changes who may see the document; answers whether it has just become visible to the client. */
    boolean changeVisibility(Visibility visibility) {
        boolean nowShared = this.visibility != Visibility.CLIENT && visibility == Visibility.CLIENT;
        this.visibility = visibility;
        return nowShared;
    }

    boolean isShared() {
        return visibility == Visibility.CLIENT;
    }

    String getTitle() {
        return title;
    }

    Long getId() {
        return id;
    }
}
