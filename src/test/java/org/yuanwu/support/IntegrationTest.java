package org.yuanwu.support;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every integration test: the whole application on a random port, against H2 or
 * PostgreSQL (see {@link TestDatabase}). All subclasses share one application context, so tests
 * must not depend on each other's data: each makes its own units with unique codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yuanwu.demo.enabled=false",
        "yuanwu.admin.initial-password=" + IntegrationTest.ADMIN_PASSWORD,
        "spring.flyway.clean-disabled=false"})
@AutoConfigureMockMvc
@ExtendWith(DatabaseAvailable.class)
@Import(IntegrationTest.CleanDatabase.class)
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "Admin-Test-2026";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestFixtures fixtures;

    /** A signed-in browser session of the administrator, for page tests. */
    protected org.springframework.mock.web.MockHttpSession adminSession() throws Exception {
        return signIn("admin", ADMIN_PASSWORD);
    }

    protected org.springframework.mock.web.MockHttpSession signIn(String username, String password) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                                .user(username).password(password))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    /** A reused PostgreSQL database starts each test run empty. */
    @TestConfiguration
    static class CleanDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }

        @Bean
        TestFixtures testFixtures(org.yuanwu.organization.OrgUnitService units, org.yuanwu.organization.StaffService staff,
                                  org.yuanwu.identity.UserAccounts users, org.yuanwu.identity.ApiTokens tokens) {
            return new TestFixtures(units, staff, users, tokens);
        }
    }
}
