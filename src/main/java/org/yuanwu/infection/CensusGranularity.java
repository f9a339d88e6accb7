package org.yuanwu.infection;

/** A census row covers one day, or a whole month (dated on its first day). */
public enum CensusGranularity {
    DAY, MONTH
}
