package org.caseport.documents;

import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.CrudRepository;

interface Documents extends CrudRepository<Document, Long> {

    Optional<Document> findByIdAndCaseId(long id, long caseId);

    /**
     * The document, its row locked until the transaction ends: whatever adds or decides a version
     * takes this lock first, so two of them never pick the same number or decide one proposal twice.
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Document> findLockedByIdAndCaseId(long id, long caseId);
}
