package org.yuanwu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        // Test classes are left out wherever the build puts them (-Dyuanwu.build.directory changes the folder).
        ApplicationModules.of(YuanwuApplication.class, location -> !location.contains("/test-classes/")).verify();
    }
}
