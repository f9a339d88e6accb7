package org.yuanwu.infection;

/** Transmission-based precautions (WS/T 311 医院隔离技术规范): what kind of isolation a patient was placed in. */
public enum Precaution {
    CONTACT, DROPLET, AIRBORNE, PROTECTIVE
}
