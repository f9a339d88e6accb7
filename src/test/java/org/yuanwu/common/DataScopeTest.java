package org.yuanwu.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataScopeTest {

    private static final String WARD = "/1/2/3/";

    @Test
    void allSeesEverything() {
        assertThat(DataScope.ALL.permits(null, null, 99L, "/7/99/")).isTrue();
    }

    @Test
    void ownUnitSeesOnlyRecordsOfThatVeryUnit() {
        assertThat(DataScope.OWN_UNIT.permits(3L, WARD, 3L, WARD)).isTrue();
        assertThat(DataScope.OWN_UNIT.permits(3L, WARD, 4L, "/1/2/3/4/")).isFalse();
        assertThat(DataScope.OWN_UNIT.permits(3L, WARD, 5L, "/1/2/5/")).isFalse();
    }

    @Test
    void subtreeSeesTheUnitAndEverythingBelowButNotSiblingsOrParents() {
        assertThat(DataScope.SUBTREE.permits(2L, "/1/2/", 2L, "/1/2/")).isTrue();
        assertThat(DataScope.SUBTREE.permits(2L, "/1/2/", 3L, WARD)).isTrue();
        assertThat(DataScope.SUBTREE.permits(2L, "/1/2/", 1L, "/1/")).isFalse();
        assertThat(DataScope.SUBTREE.permits(2L, "/1/2/", 20L, "/1/20/")).isFalse();
    }

    @Test
    void aUserWithoutAnAnchorUnitSeesNothingUnlessScopeIsAll() {
        assertThat(DataScope.OWN_UNIT.permits(null, null, 3L, WARD)).isFalse();
        assertThat(DataScope.SUBTREE.permits(null, null, 3L, WARD)).isFalse();
    }
}
