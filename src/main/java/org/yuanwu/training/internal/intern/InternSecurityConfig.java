package org.yuanwu.training.internal.intern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Interns have no account: their code pages (/training/interns/by-code/**, CSRF kept for the forms) and the
 * matching JSON (stateless, no CSRF) are open; the code itself is the key. Both chains come before the identity
 * module's API and form chains.
 */
@Configuration
class InternSecurityConfig {

    @Bean
    @Order(-4)
    SecurityFilterChain internCodePages(HttpSecurity http) throws Exception {
        http.securityMatcher("/training/interns/by-code", "/training/interns/by-code/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.frameOptions(fo -> fo.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(-3)
    SecurityFilterChain internCodeApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/training/interns/by-code/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }
}
