package org.caseport.documents;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The document store: files under {@code caseport.documents.path}; and where the servlet container
 * stages an upload's parts while it receives them — a folder next to the store (by default), not the
 * system's temporary folder, which may be small or held in memory.
 */
@Configuration
class DocumentStorageConfiguration {

    @Bean
    DocumentStore documentStore(@Value("${caseport.documents.path}") Path path) {
        return new FilesystemDocumentStore(path);
    }

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${caseport.documents.staging-path}") Path staging,
            @Value("${caseport.documents.max-size}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequest,
            @Value("${spring.servlet.multipart.file-size-threshold}") DataSize threshold) throws IOException {
        Path location = Files.createDirectories(staging).toAbsolutePath();
        return new MultipartConfigElement(location.toString(), maxFile.toBytes(), maxRequest.toBytes(),
                (int) threshold.toBytes());
    }
}
