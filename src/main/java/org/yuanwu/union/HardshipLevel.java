package org.yuanwu.union;

/** How hard a member's situation is: ordinary hardship or extreme (特困). */
public enum HardshipLevel {
    HARDSHIP, EXTREME
}
