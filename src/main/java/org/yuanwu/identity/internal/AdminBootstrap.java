package org.yuanwu.identity.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.CreatedUser;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;

/**
 * On the first start (no users yet) creates the administrator, with the password from
 * YUANWU_ADMIN_PASSWORD or a random one printed once. There is no fixed default password.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final String username;
    private final String configuredPassword;

    AdminBootstrap(UserAccounts accounts, @Value("${yuanwu.admin.username:admin}") String username,
                   @Value("${yuanwu.admin.initial-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUserExists()) {
            return;
        }
        boolean given = configuredPassword != null && !configuredPassword.isBlank();
        CreatedUser admin = accounts.create(UserForm.of(username, "系统管理员", null, null, DataScope.ALL,
                EnumSet.of(Role.SYSTEM_ADMIN)), given ? configuredPassword : null);
        log.info("Administrator account '{}' created.", username);
        if (!given) {
            System.out.println();
            System.out.println("=== Yuanwu administrator (shown once) ===");
            System.out.println("  username: " + username);
            System.out.println("  password: " + admin.initialPassword() + "   (change it after signing in)");
            System.out.println("=========================================");
            System.out.println();
        }
    }
}
