package org.yuanwu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.DataScope;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

class SecurityIT extends IntegrationTest {

    @Autowired
    UserAccounts accounts;

    private String newUser(String password) {
        String name = TestFixtures.unique("lock").toLowerCase();
        accounts.create(UserForm.of(name, "锁定测试", null, null, DataScope.ALL, EnumSet.of(Role.LEADERSHIP)), password);
        return name;
    }

    @Test
    void theAdministratorCreatedAtFirstStartCanSignIn() throws Exception {
        mvc.perform(formLogin().user("admin").password(ADMIN_PASSWORD)).andExpect(redirectedUrl("/"));
        String hash = jdbc.queryForObject("select password_hash from identity_user where username = 'admin'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String user = newUser("Right-Pass-1");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(user).password("wrong-" + i)).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(user).password("Right-Pass-1")).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(jdbc.queryForObject("select locked_until from identity_user where username = ?", java.sql.Timestamp.class, user))
                .isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_LOCKED' and summary = ?", Long.class, user))
                .isEqualTo(1);
    }

    @Test
    void fourWrongPasswordsThenTheRightOneSignsInAndResetsTheCount() throws Exception {
        String user = newUser("Right-Pass-2");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(user).password("Right-Pass-2")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select failed_attempts from identity_user where username = ?", Integer.class, user)).isZero();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesRedirectToSignInAndTheApiAnswers401WithAProblem() throws Exception {
        mvc.perform(get("/staff")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer yw_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiDocumentationAndHealthAreOpen() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/v1/org-units']").exists());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void aRoleWithoutTheWritePermissionCannotCreateUnits() throws Exception {
        String leader = fixtures.tokenFor(EnumSet.of(Role.LEADERSHIP), DataScope.ALL, null);
        mvc.perform(post("/api/v1/org-units").header("Authorization", "Bearer " + leader)
                        .contentType("application/json").content("{\"code\":\"Z1\",\"name\":\"x\",\"kind\":\"OFFICE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + leader)).andExpect(status().isForbidden());
    }

    @Test
    void administratorResetGivesAOneTimePasswordThatMustBeChanged() throws Exception {
        String user = newUser("Right-Pass-3");
        Long id = jdbc.queryForObject("select id from identity_user where username = ?", Long.class, user);
        String admin = fixtures.adminToken();
        String body = mvc.perform(post("/api/v1/users/" + id + "/reset-password").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String oneTime = body.replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");
        var session = mvc.perform(formLogin().user(user).password(oneTime)).andExpect(redirectedUrl("/")).andReturn()
                .getRequest().getSession(false);
        mvc.perform(get("/staff").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(redirectedUrl("/account?mustChange"));
        mvc.perform(post("/account/password").session((org.springframework.mock.web.MockHttpSession) session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "Mine-Own-9").param("confirmPassword", "Mine-Own-9"))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.queryForObject("select must_change_password from identity_user where id = ?", Boolean.class, id)).isFalse();
        mvc.perform(formLogin().user(user).password("Mine-Own-9")).andExpect(redirectedUrl("/"));
    }
}
