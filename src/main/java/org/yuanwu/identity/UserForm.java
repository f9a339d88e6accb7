package org.yuanwu.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.yuanwu.common.DataScope;

/** What an administrator fills in to create or edit a user account. */
public class UserForm {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{identity.validation.username}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    private Long staffId;

    /** The unit the data scope is anchored at; required unless the scope is ALL. */
    private Long scopeUnitId;

    @NotNull
    private DataScope dataScope = DataScope.OWN_UNIT;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private Long version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? null : displayName.trim(); }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Long getScopeUnitId() { return scopeUnitId; }
    public void setScopeUnitId(Long scopeUnitId) { this.scopeUnitId = scopeUnitId; }
    public DataScope getDataScope() { return dataScope; }
    public void setDataScope(DataScope dataScope) { this.dataScope = dataScope; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static UserForm of(String username, String displayName, Long staffId, Long scopeUnitId, DataScope scope,
                              Set<Role> roles) {
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setDisplayName(displayName);
        f.setStaffId(staffId);
        f.setScopeUnitId(scopeUnitId);
        f.setDataScope(scope);
        f.setRoles(roles);
        return f;
    }
}
