package org.yuanwu.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.identity.internal.AccountUserDetailsService;
import org.yuanwu.identity.internal.ApiToken;
import org.yuanwu.identity.internal.ApiTokenRepository;
import org.yuanwu.identity.internal.SignedInUser;

/**
 * Personal API tokens: "yw_" and 40 random characters, shown once; the database keeps a SHA-256
 * hash (tokens are long and random, so a fast hash is enough and keeps each API call cheap).
 */
@Service
@Transactional
public class ApiTokens {

    public static final String RECORD_TYPE = "api_token";
    private static final String PREFIX = "yw_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final ApiTokenRepository tokens;
    private final AccountUserDetailsService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountUserDetailsService accounts, ApplicationEventPublisher events,
              Optional<Clock> clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record IssuedToken(ApiToken token, String secret) {
    }

    public IssuedToken issue(String name, Integer validDays) {
        Actor actor = CurrentActor.get();
        if (actor.userId() == null) {
            throw new org.yuanwu.common.AccessDeniedProblem();
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainException.invalid("name", "identity.error.tokenName");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw DomainException.invalid("validDays", "identity.error.tokenDays");
        }
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < 40; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String secret = sb.toString();
        Instant now = Instant.now(clock);
        ApiToken token = new ApiToken(actor.userId(), name.trim(), secret.substring(0, 8), hash(secret), now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays)));
        tokens.save(token);
        events.publishEvent(RecordChanged.of(AuditAction.TOKEN_CREATE, RECORD_TYPE, token.getId(), token.getName(), Map.of(),
                Map.of("name", token.getName(), "prefix", token.getTokenPrefix())));
        return new IssuedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        Actor actor = CurrentActor.get();
        return actor.userId() == null ? List.of() : tokens.findByUserIdOrderByCreatedAtDesc(actor.userId());
    }

    public void revoke(Long id) {
        Actor actor = CurrentActor.get();
        ApiToken token = tokens.findById(id).filter(t -> t.getUserId().equals(actor.userId()))
                .orElseThrow(() -> DomainException.notFound("identity.error.tokenNotFound"));
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now(clock));
            events.publishEvent(RecordChanged.of(AuditAction.TOKEN_REVOKE, RECORD_TYPE, id, token.getName(), Map.of(), Map.of()));
        }
    }

    /** The user a presented token stands for, if it is known, unrevoked and unexpired. */
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.isUsable(now)).flatMap(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(Duration.ofMinutes(5)))) {
                t.markUsed(now); // coarse, so that busy clients do not write on every call
            }
            return accounts.byId(t.getUserId());
        }).filter(u -> u.isEnabled() && u.isAccountNonLocked());
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
