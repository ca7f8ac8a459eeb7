package org.caseport.identity.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default: every route is public, staff-only, admin-only or portal here, and anything
 * not listed is refused. {@code RouteInventoryTest} fails on a controller route nobody classified.
 * Portal routes admit contacts, and staff only while previewing a contact (checked per request).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages anyone may open: signing in, first set-up, accepting an invitation, resetting a password. */
    static final String[] PUBLIC_ROUTES = {"/", "/login", "/setup", "/activate", "/forgot-password",
        "/reset-password", "/branding/logo", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
        "/favicon.ico", "/actuator/health"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRefreshFilter accountRefreshFilter,
            LandingSuccessHandler landingSuccessHandler, SignInThrottleFilter signInThrottleFilter) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_ROUTES).permitAll()
                        .requestMatchers("/app/admin/**").hasRole("ADMIN")
                        .requestMatchers("/app", "/app/**").hasAnyRole("ADMIN", "INVESTIGATOR")
                        .requestMatchers("/portal", "/portal/**").hasAnyRole("CONTACT", "ADMIN", "INVESTIGATOR")
                        .anyRequest().denyAll())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(landingSuccessHandler)
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenMasking()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(signInThrottleFilter, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(accountRefreshFilter, BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Both filters belong in the security chain only, not also in the servlet container's. */
    @Bean
    FilterRegistrationBean<AccountRefreshFilter> accountRefreshFilterRegistration(AccountRefreshFilter filter) {
        FilterRegistrationBean<AccountRefreshFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilterRegistration(SignInThrottleFilter filter) {
        FilterRegistrationBean<SignInThrottleFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * No tracing of each security filter: Caseport records no observations, and wrapping every filter
     * of every request in one cost a noticeable share of a page's time (bench/RESULTS.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
