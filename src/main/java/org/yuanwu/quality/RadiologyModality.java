package org.yuanwu.quality;

/** Kinds of imaging device. */
public enum RadiologyModality { DR, CR, CT, MR, DSA, MAMMOGRAPHY, OTHER }
