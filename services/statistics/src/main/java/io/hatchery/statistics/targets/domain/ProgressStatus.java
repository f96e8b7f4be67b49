package io.hatchery.statistics.targets.domain;

/** Where a target stands. */
public enum ProgressStatus {
    /** The window (or date) is still ahead; prorated, the figure is where it should be. */
    ON_TRACK,
    /** Still running, and the figure is short of the prorated target. */
    BEHIND,
    /** Over, and reached. */
    MET,
    /** Over, and not reached. */
    MISSED,
    /** The window has not begun. */
    NOT_STARTED,
    /** The platform has no figures for this indicator (yet), or cannot apply its filter. */
    NO_DATA
}
