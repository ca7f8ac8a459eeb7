package org.caseport.identity.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after a few failed sign-ins for one email, or many from one address,
 * further attempts are refused for a while, whatever the password. Buckets refill gradually.
 * The state is per instance; several instances each allow their own share.
 */
@Component
public class SignInThrottle {

    private static final int MAX_TRACKED = 50_000;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final int perAccount;
    private final int perAddress;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${caseport.sign-in.failures-per-account:5}") int perAccount,
            @Value("${caseport.sign-in.failures-per-address:30}") int perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    public boolean allows(String email, String address) {
        return available(accounts, key(email)) && available(addresses, address);
    }

    public void recordFailure(String email, String address) {
        bucket(accounts, key(email), perAccount).tryConsume(1);
        bucket(addresses, address, perAddress).tryConsume(1);
    }

    public void recordSuccess(String email) {
        accounts.remove(key(email));
    }

    private static boolean available(Map<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.get(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(String.valueOf(key), ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .build());
    }

    private static String key(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
