package org.caseport.documents;

import org.caseport.shared.Visibility;

/**
 * What staff say about a file they upload: its name as their computer gave it, a title (the
 * sanitised file name when blank), a category and who may see it (internal unless chosen).
 */
public record NewDocument(String filename, String title, DocumentCategory category, Visibility visibility) {
}
