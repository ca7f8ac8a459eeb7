package org.caseport.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo firm once at startup when {@code caseport.demo=true} (environment {@code
 * CASEPORT_DEMO=true}). Staff then sign in as {@code admin@demo.caseport.test} or an investigator
 * ({@code daniel.okafor}, {@code priya.raman}, {@code tom.bradley} {@code @demo.caseport.test}),
 * all with the password {@code demo-password-2026}.
 */
@Component
@ConditionalOnProperty(name = "caseport.demo", havingValue = "true")
class DemoFirmStartup implements ApplicationRunner {

    private final DemoFirmLoader loader;

    DemoFirmStartup(DemoFirmLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadIfEmpty();
    }
}
