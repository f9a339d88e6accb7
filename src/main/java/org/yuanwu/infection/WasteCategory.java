package org.yuanwu.infection;

/** The five categories of medical waste, sorted at source and never mixed. */
public enum WasteCategory {
    INFECTIOUS, PATHOLOGICAL, SHARPS, PHARMACEUTICAL, CHEMICAL
}
