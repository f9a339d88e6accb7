package org.yuanwu.training;

/** 评教评学: the intern rates her tutor, the tutor rates the intern. */
public enum InternEvaluationDirection { INTERN_RATES_TUTOR, TUTOR_RATES_INTERN }
