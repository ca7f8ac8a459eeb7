package org.caseport.tasks;

/** Where a task stands. */
public enum TaskStatus {
    OPEN("To do"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
