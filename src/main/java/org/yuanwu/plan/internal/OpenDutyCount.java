package org.yuanwu.plan.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;
import org.yuanwu.plan.DutyService;

/**
 * Puts the number of the user's open duties (overdue or due soon) into every rendered page, for
 * the badge beside "my tasks" in the header. API calls and redirects render no page and skip it.
 */
@Configuration
class OpenDutyCount implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "openDutyCount";

    private final DutyService duties;

    OpenDutyCount(DutyService duties) {
        this.duties = duties;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getViewName() == null || modelAndView.getViewName().startsWith("redirect:")) {
            return;
        }
        Actor actor = CurrentActor.get();
        if (actor.userId() != null && actor.can(Permissions.PLAN_READ)) {
            modelAndView.addObject(ATTRIBUTE, duties.mineCount());
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
    }
}
