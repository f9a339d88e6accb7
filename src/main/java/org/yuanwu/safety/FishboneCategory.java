package org.yuanwu.safety;

/** The fishbone (Ishikawa) categories used in hospital RCA: 人 机 料 法 环 测. */
public enum FishboneCategory {
    PEOPLE, MACHINE, MATERIAL, METHOD, ENVIRONMENT, MEASUREMENT
}
