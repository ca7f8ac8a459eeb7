package org.caseport.shared;

/**
 * A service refused a value that passed form validation but breaks a rule only the service can
 * check (an unknown client, a duplicate email). Controllers show it as an error on {@code field}.
 */
public class RejectedInputException extends RuntimeException {

    private final String field;

    public RejectedInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
