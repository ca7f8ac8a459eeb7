package org.caseport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Caseport: case management for investigation firms, with a client portal. */
@SpringBootApplication
public class CaseportApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseportApplication.class, args);
    }
}
