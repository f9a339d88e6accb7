package org.yuanwu.training;

/** How an exam's paper is made: questions picked by hand, or drawn by rules from the bank. */
public enum PaperAssembly {
    MANUAL, RULES
}
