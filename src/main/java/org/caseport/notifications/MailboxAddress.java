package org.caseport.notifications;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One mail address as a mail's From header carries it (RFC 822), with or without a display name:
 * {@code cases@harbourlane.example} or {@code Harbour Lane <cases@harbourlane.example>}. Null and
 * blank pass: add {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = MailboxAddressValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MailboxAddress {

    String message() default MailboxAddressValidator.INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
