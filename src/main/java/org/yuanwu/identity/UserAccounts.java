package org.yuanwu.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.identity.internal.UserAccount;
import org.yuanwu.identity.internal.UserAccountRepository;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.UnitView;

/** User accounts: create, edit, reset and unlock (administrators); change one's own password. */
@Service
@Transactional
public class UserAccounts {

    public static final String RECORD_TYPE = "user";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final OrgUnitService units;
    private final StaffService staff;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(UserAccountRepository users, PasswordEncoder encoder, OrgUnitService units, StaffService staff,
                 ScopeGuard scope, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public Page<UserView> search(String q, Pageable pageable) {
        CurrentActor.require(Permissions.USER_ADMIN);
        String text = q == null ? "" : q.trim();
        return users.search(text, pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public UserView get(Long id) {
        CurrentActor.require(Permissions.USER_ADMIN);
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(username).map(this::view);
    }

    /** Creates an account; with a null password a random one is generated and returned once. */
    public CreatedUser create(UserForm form, String password) {
        Actor actor = CurrentActor.require(Permissions.USER_ADMIN);
        checkForm(actor, form);
        if (users.existsByUsername(form.getUsername())) {
            throw DomainException.invalid("username", "identity.error.usernameTaken", form.getUsername());
        }
        String initial = password == null ? Passwords.random() : password;
        Passwords.checkStrength("password", initial);
        Instant now = Instant.now(clock);
        UserAccount user = new UserAccount(form.getUsername(), encoder.encode(initial), now);
        user.assign(form.getDisplayName(), form.getStaffId(), form.getScopeUnitId(), form.getDataScope(), form.getRoles(),
                form.isEnabled(), now);
        user.setPassword(user.getPasswordHash(), password == null, now);
        users.save(user);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, user.getId(), user.getUsername(), user.snapshot()));
        return new CreatedUser(view(user), initial);
    }

    public UserView update(Long id, UserForm form) {
        Actor actor = CurrentActor.require(Permissions.USER_ADMIN);
        UserAccount user = load(id);
        StaleEditException.check(form.getVersion(), user.getVersion());
        checkForm(actor, form);
        if (!user.getUsername().equals(form.getUsername())) {
            throw DomainException.invalid("username", "identity.error.usernameFixed");
        }
        if (user.getId().equals(actor.userId()) && (!form.isEnabled() || !form.getRoles().contains(Role.SYSTEM_ADMIN))
                && user.getRoles().contains(Role.SYSTEM_ADMIN)) {
            throw DomainException.invalid("roles", "identity.error.cannotDemoteSelf");
        }
        Map<String, Object> before = user.snapshot();
        user.assign(form.getDisplayName(), form.getStaffId(), form.getScopeUnitId(), form.getDataScope(), form.getRoles(),
                form.isEnabled(), Instant.now(clock));
        users.saveAndFlush(user);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, user.getUsername(), before, user.snapshot()));
        return view(user);
    }

    /** Gives the account a new random password that must be changed at next sign-in; also unlocks it. */
    public String resetPassword(Long id) {
        CurrentActor.require(Permissions.USER_ADMIN);
        UserAccount user = load(id);
        String password = Passwords.random();
        Instant now = Instant.now(clock);
        user.setPassword(encoder.encode(password), true, now);
        user.unlock(now);
        events.publishEvent(RecordChanged.of(AuditAction.PASSWORD_RESET, RECORD_TYPE, id, user.getUsername(), Map.of(), Map.of()));
        return password;
    }

    public UserView unlock(Long id) {
        CurrentActor.require(Permissions.USER_ADMIN);
        UserAccount user = load(id);
        Map<String, Object> before = Map.of("lockedUntil", String.valueOf(user.getLockedUntil()));
        user.unlock(Instant.now(clock));
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, user.getUsername(), before, Map.of("lockedUntil", "null")));
        return view(user);
    }

    /** The signed-in user changes their own password, proving the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = CurrentActor.get();
        UserAccount user = users.findById(actor.userId() == null ? -1L : actor.userId())
                .orElseThrow(() -> DomainException.notFound("identity.error.notFound"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw DomainException.invalid("currentPassword", "identity.error.wrongPassword");
        }
        Passwords.checkStrength("newPassword", newPassword);
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw DomainException.invalid("newPassword", "identity.error.samePassword");
        }
        user.setPassword(encoder.encode(newPassword), false, Instant.now(clock));
        events.publishEvent(RecordChanged.of(AuditAction.PASSWORD_CHANGE, RECORD_TYPE, user.getId(), user.getUsername(), Map.of(), Map.of()));
    }

    private void checkForm(Actor actor, UserForm form) {
        if (form.getDataScope() != DataScope.ALL && form.getScopeUnitId() == null) {
            throw DomainException.invalid("scopeUnitId", "identity.error.scopeUnitRequired");
        }
        if (form.getScopeUnitId() != null) {
            UnitView unit = units.find(form.getScopeUnitId())
                    .orElseThrow(() -> DomainException.invalid("scopeUnitId", "identity.error.unitUnknown"));
            if (!scope.canSee(actor, unit.id(), unit.path())) {
                throw DomainException.invalid("scopeUnitId", "identity.error.unitOutOfScope");
            }
        }
        if (form.getDataScope() == DataScope.ALL && actor.dataScope() != DataScope.ALL) {
            throw DomainException.invalid("dataScope", "identity.error.scopeWiderThanOwn");
        }
        if (form.getStaffId() != null && staff.find(form.getStaffId()).isEmpty()) {
            throw DomainException.invalid("staffId", "identity.error.staffUnknown");
        }
    }

    private UserAccount load(Long id) {
        return users.findById(id).orElseThrow(() -> DomainException.notFound("identity.error.notFound"));
    }

    private UserView view(UserAccount u) {
        String unitName = units.find(u.getScopeUnitId()).map(UnitView::name).orElse(null);
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getStaffId(), u.getScopeUnitId(), unitName,
                u.getDataScope(), java.util.Set.copyOf(u.getRoles()), u.isEnabled(), u.isLocked(Instant.now(clock)),
                u.getLockedUntil(), u.isMustChangePassword(), u.getVersion());
    }
}
