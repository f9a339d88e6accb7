package org.yuanwu.infection;

/** Surgical wound class (I clean … IV dirty), by which surgical-site infections are reported. */
public enum OperationClass {
    I, II, III, IV
}
