package com.tariffbridge.contract;

/** FlatPeak's words: a fixed term ends on a date, the other runs until someone ends it. */
public enum TermType {
    FIXED_TERM,
    UNTIL_TERMINATED
}
