package org.yuanwu.quality;

/** Image-quality grades: 甲 (A), 乙 (B), 丙 (C) and 废片 (reject, the exam must be repeated). */
public enum RadiologyGrade { A, B, C, REJECT }
