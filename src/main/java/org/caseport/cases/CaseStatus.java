package org.caseport.cases;

import java.util.EnumSet;
import java.util.Set;

/** The life of a case. A closed case can be reopened as active; nothing returns to open. */
public enum CaseStatus {
    OPEN("Open"), ACTIVE("Active"), ON_HOLD("On hold"), CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACTIVE, ON_HOLD, CLOSED);
            case ACTIVE -> EnumSet.of(ON_HOLD, CLOSED);
            case ON_HOLD -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }
}
