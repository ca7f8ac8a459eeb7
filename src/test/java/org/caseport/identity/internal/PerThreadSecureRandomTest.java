package org.caseport.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PerThreadSecureRandomTest {

    @Test
    void drawsDifferentBytesEveryTime() {
        PerThreadSecureRandom random = new PerThreadSecureRandom();
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            drawn.add(Arrays.toString(bytes));
        }
        assertThat(drawn).hasSize(100);
        assertThat(random.getAlgorithm()).isEqualTo("DRBG");
    }

    @Test
    void threadsDrawingAtOnceAllGetDifferentBytes() throws InterruptedException {
        PerThreadSecureRandom random = new PerThreadSecureRandom();
        Set<String> drawn = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    drawn.add(Arrays.toString(bytes));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(drawn).hasSize(8 * 50);
    }
}
