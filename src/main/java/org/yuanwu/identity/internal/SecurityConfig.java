package org.yuanwu.identity.internal;

import org.yuanwu.identity.ApiTokens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.yuanwu.common.web.ProblemResponses;

/**
 * Two doors: the REST API takes personal tokens only (no session, so no CSRF exposure); pages
 * take form sign-in with a session and CSRF tokens. Documentation and health are open.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final String[] OPEN = {"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health",
            "/actuator/health/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets hashes move to a newer algorithm without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, MessageSource messages, LocaleResolver locales)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, 401, "problem.title.401",
                                "identity.error.tokenRequired", messages, locales.resolveLocale(req)))
                        .accessDeniedHandler((req, res, ex) -> problem(res, 403, "problem.title.403", "error.forbidden",
                                messages, locales.resolveLocale(req))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(loginFailure()).defaultSuccessUrl("/", false))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(h -> h.frameOptions(fo -> fo.sameOrigin()));
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    private static void problem(HttpServletResponse res, int status, String titleKey, String detailKey,
                                MessageSource messages, Locale locale) throws java.io.IOException {
        ProblemResponses.write(res, status, messages.getMessage(titleKey, null, titleKey, locale),
                messages.getMessage(detailKey, null, detailKey, locale));
    }
}
