/**
 * Users, roles and permissions, data scope, sign-in (form and API token), lockout and
 * password management. Public API: {@link org.yuanwu.identity.UserAccounts} and {@link org.yuanwu.identity.Role}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.yuanwu.identity;
