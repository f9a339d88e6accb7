package org.yuanwu.survey.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public endpoint's brake: {@code yuanwu.survey.rate-limit.max} submissions (default 10) per
 * client address and questionnaire within {@code yuanwu.survey.rate-limit.window} (default 10m).
 */
@Configuration
class SurveySettings {

    @Bean
    SubmissionRateLimiter surveyRateLimiter(@Value("${yuanwu.survey.rate-limit.max:10}") int max,
                                            @Value("${yuanwu.survey.rate-limit.window:10m}") Duration window,
                                            Optional<Clock> clock) {
        return new SubmissionRateLimiter(max, window, clock.orElse(Clock.systemUTC()));
    }
}
