package org.caseport.shared.secrets;

/**
 * A stored secret cannot be decrypted: it was encrypted under another secret key (the key file was
 * lost or {@code CASEPORT_SECRET_KEY} changed, or another instance uses a different one), or it was
 * altered. Enter the secret again to store it under the current key.
 */
public class UnreadableSecretException extends RuntimeException {

    UnreadableSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
