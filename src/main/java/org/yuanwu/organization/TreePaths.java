package org.yuanwu.organization;

/** Materialized-path rules of the org tree: "/1/4/17/" is unit 17 under 4 under 1. */
public final class TreePaths {

    private TreePaths() {
    }

    public static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /** The ids along a path, root first: "/1/4/17/" gives [1, 4, 17]. */
    public static java.util.List<Long> ids(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
    }

    public static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** True when {@code candidate} is the unit at {@code unitPath} or lies below it. */
    public static boolean isSelfOrDescendant(String candidate, String unitPath) {
        return candidate.startsWith(unitPath);
    }

    /** Where a unit (or any unit below it) lands when the subtree at oldPrefix is moved to newPrefix. */
    public static String rebase(String path, String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix)) {
            throw new IllegalArgumentException(path + " is not under " + oldPrefix);
        }
        return newPrefix + path.substring(oldPrefix.length());
    }
}
