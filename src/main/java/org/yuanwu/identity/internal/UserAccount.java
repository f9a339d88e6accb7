package org.yuanwu.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;

@Entity
@Table(name = "identity_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_user_seq")
    @SequenceGenerator(name = "identity_user_seq", sequenceName = "identity_user_seq", allocationSize = 50)
    private Long id;

    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "scope_unit_id")
    private Long scopeUnitId;
    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope")
    private DataScope dataScope;
    private boolean enabled = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("staffId", staffId);
        m.put("scopeUnitId", scopeUnitId);
        m.put("dataScope", dataScope);
        m.put("roles", new TreeSet<>(roles.stream().map(Enum::name).toList()).toString());
        m.put("enabled", enabled);
        return m;
    }

    public void assign(String displayName, Long staffId, Long scopeUnitId, DataScope dataScope, Set<Role> roles,
                       boolean enabled, Instant now) {
        this.displayName = displayName;
        this.staffId = staffId;
        this.scopeUnitId = dataScope == DataScope.ALL ? scopeUnitId : scopeUnitId;
        this.dataScope = dataScope;
        this.roles.clear();
        this.roles.addAll(roles);
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public void rename(String username) {
        this.username = username;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; locks the account for {@code lockFor} at the {@code maxAttempts}-th. */
    public boolean recordFailure(int maxAttempts, java.time.Duration lockFor, Instant now) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    public void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public Long getStaffId() { return staffId; }
    public Long getScopeUnitId() { return scopeUnitId; }
    public DataScope getDataScope() { return dataScope; }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Set<Role> getRoles() { return roles; }
    public long getVersion() { return version; }
}
