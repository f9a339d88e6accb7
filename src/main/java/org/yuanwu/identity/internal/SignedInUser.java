package org.yuanwu.identity.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;

/** The principal of a signed-in session or API call: the account's identity, permissions and data scope. */
public final class SignedInUser implements UserDetails, Actor, Serializable {

    private final Long userId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final DataScope dataScope;
    private final Long scopeUnitId;
    private final Set<Role> roles;
    private final Set<String> permissions;
    private final boolean enabled;
    private final boolean locked;
    private volatile boolean passwordChangeRequired;

    SignedInUser(UserAccount account, Instant now) {
        this.userId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.dataScope = account.getDataScope();
        this.scopeUnitId = account.getScopeUnitId();
        this.roles = Set.copyOf(account.getRoles());
        this.permissions = org.yuanwu.identity.Role.permissionsOf(account.getRoles());
        this.enabled = account.isEnabled();
        this.locked = account.isLocked(now);
        this.passwordChangeRequired = account.isMustChangePassword();
    }

    @Override public Long userId() { return userId; }
    @Override public String username() { return username; }
    @Override public DataScope dataScope() { return dataScope; }
    @Override public Long scopeUnitId() { return scopeUnitId; }
    @Override public Set<String> permissions() { return permissions; }

    public String displayName() { return displayName; }
    public Set<Role> roles() { return roles; }
    public boolean passwordChangeRequired() { return passwordChangeRequired; }
    void passwordChanged() { this.passwordChangeRequired = false; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = new HashSet<>();
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        return authorities;
    }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    @Override public boolean isAccountNonLocked() { return !locked; }
    @Override public boolean isEnabled() { return enabled; }
}
