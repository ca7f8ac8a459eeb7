package org.caseport.documents;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Documents extends CrudRepository<Document, Long> {

    Optional<Document> findByIdAndCaseId(long id, long caseId);
}
