package org.caseport.cases;

import org.springframework.data.relational.core.mapping.Table;

@Table("case_assignments")
record CaseAssignment(Long staffId) {
}
