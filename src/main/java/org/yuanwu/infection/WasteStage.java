package org.yuanwu.infection;

/** The two signed handovers of medical waste: department → temporary storage, storage → licensed disposal company. */
public enum WasteStage {
    TO_STORAGE, TO_DISPOSAL
}
