package org.caseport.cases;

import org.springframework.data.repository.CrudRepository;

interface Cases extends CrudRepository<Case, Long> {
}
