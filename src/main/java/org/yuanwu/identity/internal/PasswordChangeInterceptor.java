package org.yuanwu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A user with a one-time password (new account, administrator reset) must choose their own before anything else. */
@Configuration
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.passwordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + "/account?mustChange");
            return false;
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account", "/account/**", "/login", "/logout", "/error",
                "/api/**", "/webjars/**", "/css/**", "/js/**", "/v3/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**");
    }
}
