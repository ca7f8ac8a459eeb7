package org.caseport.access;

import java.util.Map;

/**
 * A fragment of a where clause and the parameters it binds. The SQL text is a constant of this
 * module; only the parameters carry values, so nothing user-supplied is ever concatenated.
 */
public record SqlCondition(String sql, Map<String, Object> params) {
}
