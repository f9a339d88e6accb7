package org.yuanwu.infection;

/** What a clinical event received from the HIS records. */
public enum EventKind {
    /** A temperature reading in °C ({@code amount}). */
    TEMPERATURE,
    /** A culture result: specimen, organism, positive or not. */
    CULTURE,
    /** A new antibiotic course started ({@code detail}: the drug). */
    ANTIBIOTIC_START,
    /** A device put in ({@code detail}: central line, urinary catheter, ventilator). */
    DEVICE_INSERTED,
    DEVICE_REMOVED,
    /** An imaging finding ({@code detail}: e.g. new infiltrate). */
    IMAGING
}
