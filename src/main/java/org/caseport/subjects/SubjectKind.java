package org.caseport.subjects;

/** Whether a subject is a person or a company (or other organisation) of interest. */
public enum SubjectKind {
    PERSON("Person of interest"), COMPANY("Company or organisation of interest");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
