package io.hatchery.contracts.evaluation;

/** Whether a target is a floor (the usual case) or a ceiling. */
public enum TargetBound {
    AT_LEAST,
    AT_MOST
}
