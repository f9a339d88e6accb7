package org.yuanwu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.yuanwu.common.DataScope;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

class UserAdminIT extends IntegrationTest {

    @Test
    void anAdministratorCreatesAHeadNurseAccountWhoseOneTimePasswordMustBeChanged() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        String username = TestFixtures.unique("hn").toLowerCase();
        String body = mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"王护士长","dataScope":"OWN_UNIT","scopeUnitId":%d,"roles":["HEAD_NURSE"]}"""
                                .formatted(username, h.wardA().id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.dataScope").value("OWN_UNIT"))
                .andExpect(jsonPath("$.user.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String password = body.replaceAll(".*\"initialPassword\":\"([^\"]+)\".*", "$1");
        assertThat(jdbc.queryForObject("select role from identity_user_role r join identity_user u on u.id = r.user_id where u.username = ?",
                String.class, username)).isEqualTo("HEAD_NURSE");
        assertThat(jdbc.queryForObject("select password_hash from identity_user where username = ?", String.class, username))
                .doesNotContain(password);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'user' and summary = ? and action = 'CREATE'",
                Long.class, username)).isEqualTo(1);
        signIn(username, password);
    }

    @Test
    void aScopedAccountNeedsAUnitAndUsernamesAreUnique() throws Exception {
        String admin = "Bearer " + fixtures.adminToken();
        long before = jdbc.queryForObject("select count(*) from identity_user", Long.class);
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nounit1\",\"displayName\":\"x\",\"dataScope\":\"SUBTREE\",\"roles\":[\"DEPARTMENT_HEAD\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopeUnitId"));
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin\",\"displayName\":\"x\",\"dataScope\":\"ALL\",\"roles\":[\"LEADERSHIP\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"noroles\",\"displayName\":\"x\",\"dataScope\":\"ALL\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        assertThat(jdbc.queryForObject("select count(*) from identity_user", Long.class)).isEqualTo(before);
    }

    @Test
    void usersAreSearchedAndEditedWithOptimisticLocking() throws Exception {
        String admin = "Bearer " + fixtures.adminToken();
        String username = TestFixtures.unique("ed").toLowerCase();
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"质控员\",\"dataScope\":\"ALL\",\"roles\":[\"QUALITY_OFFICER\"]}"
                                .formatted(username)))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from identity_user where username = ?", Long.class, username);
        mvc.perform(get("/api/v1/users").param("q", username).header("Authorization", admin))
                .andExpect(jsonPath("$.totalItems").value(1));
        String edit = "{\"username\":\"%s\",\"displayName\":\"%s\",\"dataScope\":\"ALL\",\"roles\":[\"QUALITY_OFFICER\",\"INFECTION_OFFICER\"],\"enabled\":true,\"version\":0}";
        mvc.perform(put("/api/v1/users/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted(username, "质控与院感")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));
        mvc.perform(put("/api/v1/users/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted(username, "旧版本")))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select display_name from identity_user where id = ?", String.class, id)).isEqualTo("质控与院感");
    }

    @Test
    void theUserPagesCreateAnAccountAndShowItsOneTimePasswordOnce() throws Exception {
        var session = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        String username = TestFixtures.unique("pg").toLowerCase();
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", username).param("displayName", "科主任")
                        .param("dataScope", "SUBTREE").param("scopeUnitId", String.valueOf(h.department().id()))
                        .param("roles", "DEPARTMENT_HEAD").param("enabled", "true"))
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attributeExists("oneTimePassword"));
        mvc.perform(get("/admin/users").param("q", username).session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("科主任")));
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "x").param("displayName", "")
                        .param("dataScope", "ALL"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
    }

    @Test
    void aUserCannotGrantAWiderScopeThanTheirOwn() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String scopedAdmin = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.SYSTEM_ADMIN), DataScope.SUBTREE, h.department().id());
        mvc.perform(post("/api/v1/users").header("Authorization", scopedAdmin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"wide1\",\"displayName\":\"x\",\"dataScope\":\"ALL\",\"roles\":[\"LEADERSHIP\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dataScope"));
        mvc.perform(post("/api/v1/users").header("Authorization", scopedAdmin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"wide2\",\"displayName\":\"x\",\"dataScope\":\"OWN_UNIT\",\"scopeUnitId\":%d,\"roles\":[\"STAFF_MEMBER\"]}"
                                .formatted(h.hospital().id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopeUnitId"));
    }

    @Test
    void revokedTokensNoLongerSignIn() throws Exception {
        var session = adminSession();
        String page = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "脚本").param("validDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*id=\"new-token\">([^<]+)<.*", "$1");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(jsonPath("$.username").value("admin"));
        Long id = jdbc.queryForObject("select id from identity_api_token where token_prefix = ?", Long.class, token.substring(0, 8));
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
