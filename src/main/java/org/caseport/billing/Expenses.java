package org.caseport.billing;

import org.springframework.data.repository.CrudRepository;

interface Expenses extends CrudRepository<Expense, Long> {
}
