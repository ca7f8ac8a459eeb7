package org.caseport.documents;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document store: files under {@code caseport.documents.path}. */
@Configuration
class DocumentStorageConfiguration {

    @Bean
    DocumentStore documentStore(@Value("${caseport.documents.path}") Path path) {
        return new FilesystemDocumentStore(path);
    }
}
