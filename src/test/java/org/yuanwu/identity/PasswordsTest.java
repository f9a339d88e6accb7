package org.yuanwu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DomainException;

class PasswordsTest {

    @Test
    void randomPasswordsPassThePolicyAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = Passwords.random();
            assertThatCode(() -> Passwords.checkStrength("p", p)).doesNotThrowAnyException();
            assertThat(seen.add(p)).isTrue();
        }
    }

    @Test
    void shortOrSingleClassPasswordsAreRejected() {
        for (String weak : new String[] {"abc123", "abcdefghij", "1234567890", ""}) {
            assertThatThrownBy(() -> Passwords.checkStrength("p", weak)).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void onlyTheAdministratorRoleMayAdministerUsers() {
        for (Role r : Role.values()) {
            assertThat(r.permissions().contains(org.yuanwu.common.Permissions.USER_ADMIN)).isEqualTo(r == Role.SYSTEM_ADMIN);
        }
    }
}
