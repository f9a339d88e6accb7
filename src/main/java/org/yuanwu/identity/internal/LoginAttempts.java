package org.yuanwu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.identity.UserAccounts;

/** Locks an account for 15 minutes after 5 wrong passwords in a row; a success resets the count. */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.users = users;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getPrincipal()).trim()).ifPresent(user -> {
            if (user.recordFailure(MAX_FAILURES, LOCK_DURATION, Instant.now(clock))) {
                events.publishEvent(RecordChanged.of(AuditAction.LOGIN_LOCKED, UserAccounts.RECORD_TYPE, user.getId(),
                        user.getUsername(), Map.of(), Map.of("lockedUntil", String.valueOf(user.getLockedUntil()))));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.userId()).filter(u -> u.getFailedAttempts() > 0 || u.getLockedUntil() != null)
                    .ifPresent(UserAccount::recordSuccess);
        }
    }
}
