package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;

class DemoDataInitializerTest {

    private final DemoSummary summary = new DemoSummary(73, 40, 622, 2, "s3cretPassw0rd", List.of(
            new DemoSummary.Login("sysadmin", Role.SYSTEM_ADMIN, "系统管理员", DataScope.ALL, null),
            new DemoSummary.Login("headnurse", Role.HEAD_NURSE, "王芳", DataScope.OWN_UNIT, "心内科一病区")));

    @Test
    void bannerListsCountsEveryDemoUserAndTheSharedPasswordOnce() {
        String banner = DemoDataInitializer.banner(summary, 20260101L, 1);
        assertThat(banner).contains("=== Yuanwu demo hospital ===", "73 units (40 wards), 622 staff, 2 users",
                "sysadmin", "SYSTEM_ADMIN", "headnurse", "HEAD_NURSE", "心内科一病区");
        assertThat(banner.split("s3cretPassw0rd", -1)).hasSize(2);
    }

    @Test
    void summaryTextLeavesThePasswordOut() {
        assertThat(summary.toString()).doesNotContain("s3cretPassw0rd").contains("staff=622");
    }
}
