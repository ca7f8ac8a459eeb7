package org.caseport.access;

import java.util.Map;

/**
 * A fragment of a where clause and the parameters it binds. The SQL text is a constant of this
 * module; only the parameters carry values, so nothing user-supplied is ever concatenated.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    private static final String ALWAYS = "true";

    /** The condition every row meets: an admin's case scope. */
    static SqlCondition always() {
        return new SqlCondition(ALWAYS, Map.of());
    }

    /**
     * Whether every row meets the condition, so that a query which joins a table only to apply it
     * (counting message threads by their case, say) may leave the join out.
     */
    public boolean isAlways() {
        return ALWAYS.equals(sql);
    }
}
