package org.yuanwu.survey.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Patients answer without an account: /s/** (pages, CSRF kept on for the form) and
 * /api/v1/public/surveys/** (JSON, no session, so no CSRF) are open to everyone. Both chains come
 * before the identity module's API and form chains.
 */
@Configuration
class SurveySecurityConfig {

    @Bean
    @Order(-2)
    SecurityFilterChain publicSurveyPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/s/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.frameOptions(fo -> fo.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(-1)
    SecurityFilterChain publicSurveyApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/public/surveys/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }
}
