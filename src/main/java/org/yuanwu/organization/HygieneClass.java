package org.yuanwu.organization;

/** Hospital environment hygiene class, GB 15982-2012 (see shared domain hygiene_limits.csv). */
public enum HygieneClass {
    I, II, III, IV
}
