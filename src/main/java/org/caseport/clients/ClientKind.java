package org.caseport.clients;

/** A client is an organisation or a private person. */
public enum ClientKind {
    ORGANISATION("Organisation"), PERSON("Private person");

    private final String label;

    ClientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
