package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreePathsTest {

    @Test
    void childPathAppendsTheIdToTheParentsPath() {
        assertThat(TreePaths.childPath(null, 1)).isEqualTo("/1/");
        assertThat(TreePaths.childPath("/1/4/", 17)).isEqualTo("/1/4/17/");
    }

    @Test
    void depthCountsTheAncestors() {
        assertThat(TreePaths.depth("/1/")).isZero();
        assertThat(TreePaths.depth("/1/4/17/")).isEqualTo(2);
    }

    @Test
    void aUnitIsSelfOrDescendantOfItselfAndItsAncestorsOnly() {
        assertThat(TreePaths.isSelfOrDescendant("/1/4/", "/1/4/")).isTrue();
        assertThat(TreePaths.isSelfOrDescendant("/1/4/17/", "/1/4/")).isTrue();
        assertThat(TreePaths.isSelfOrDescendant("/1/", "/1/4/")).isFalse();
        // "/1/40/" must not count as being under "/1/4/": the trailing slash separates ids.
        assertThat(TreePaths.isSelfOrDescendant("/1/40/", "/1/4/")).isFalse();
    }

    @Test
    void movingASubtreeRebasesEveryPathBelowIt() {
        assertThat(TreePaths.rebase("/1/4/17/23/", "/1/4/17/", "/2/9/17/")).isEqualTo("/2/9/17/23/");
        assertThat(TreePaths.rebase("/1/4/17/", "/1/4/17/", "/2/17/")).isEqualTo("/2/17/");
    }

    @Test
    void rebasingAPathOutsideTheSubtreeIsRefused() {
        assertThatThrownBy(() -> TreePaths.rebase("/1/5/", "/1/4/", "/2/4/")).isInstanceOf(IllegalArgumentException.class);
    }
}
