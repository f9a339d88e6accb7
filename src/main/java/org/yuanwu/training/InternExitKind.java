package org.yuanwu.training;

/** The two exit exams of a placement: theory (出科理论考试) and skill (出科技能考核). */
public enum InternExitKind { THEORY, SKILL }
