package org.yuanwu.quality;

/**
 * Whether the radiology diagnosis agreed with the final one. Only YES counts as confirmed for the concordance
 * rate; PARTIAL is followed up but not confirmed.
 */
public enum RadiologyConcordance { YES, PARTIAL, NO }
