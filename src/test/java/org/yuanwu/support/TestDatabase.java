package org.yuanwu.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Which database the integration tests run against: H2 in memory by default, PostgreSQL when the
 * build sets -Dyuanwu.test.db=postgres (the second Failsafe run). The PostgreSQL address comes from
 * YUANWU_TEST_POSTGRES_URL / _USER / _PASSWORD, else the local server's "yuanwu_test" database.
 */
public final class TestDatabase {

    private static final String H2_NAME = "yuanwu-" + UUID.randomUUID();

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("yuanwu.test.db", "h2"));
    }

    /** Set in CI: a PostgreSQL that does not answer fails the build instead of skipping its tests. */
    public static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("YUANWU_TEST_REQUIRE_POSTGRES"));
    }

    public static String url() {
        if (isPostgres()) {
            return env("YUANWU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/yuanwu_test");
        }
        return "jdbc:h2:mem:" + H2_NAME + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    public static String user() {
        return isPostgres() ? env("YUANWU_TEST_POSTGRES_USER", "postgres") : "sa";
    }

    public static String password() {
        return isPostgres() ? env("YUANWU_TEST_POSTGRES_PASSWORD", "") : "";
    }

    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
