package org.caseport.subjects;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Subjects extends CrudRepository<Subject, Long> {

    Optional<Subject> findByIdAndCaseId(long id, long caseId);
}
