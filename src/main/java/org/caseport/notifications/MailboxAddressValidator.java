package org.caseport.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link MailboxAddress}; {@link #parse} is the one place that decides what a sender may be. */
public class MailboxAddressValidator implements ConstraintValidator<MailboxAddress, String> {

    static final String INVALID = "Enter one mail address, e.g. Harbour Lane <cases@harbourlane.example>.";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || parse(value).isPresent();
    }

    /** The single address the text names, strictly parsed; empty if it names none, several, or has control characters. */
    static Optional<InternetAddress> parse(String text) {
        if (text == null || text.isBlank() || text.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(text.strip(), true);
            address.validate();
            return Optional.of(address);
        } catch (AddressException invalid) {
            return Optional.empty();
        }
    }
}
