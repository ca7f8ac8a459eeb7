package org.caseport.identity.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Strong random bytes from a generator of the calling thread's own (a DRBG, seeded by the system).
 *
 * <p>Every page with a form masks its CSRF token with fresh random bytes. One shared
 * {@link SecureRandom} makes every request thread queue on its lock, and on a busy machine the
 * thread holding it is often descheduled: the staff case list under load showed waits of 30–130 ms
 * there (bench/RESULTS.md). Only {@link #nextBytes(byte[])} is used that way; the other
 * {@code next…} methods draw on it too.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException missing) {
            return new SecureRandom();
        }
    });

    @Override
    public void nextBytes(byte[] bytes) {
        GENERATOR.get().nextBytes(bytes);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return GENERATOR.get().generateSeed(numBytes);
    }

    @Override
    public String getAlgorithm() {
        return GENERATOR.get().getAlgorithm();
    }
}
