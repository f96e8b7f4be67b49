package io.hatchery.contracts.talent;

/** What a mentor (创业导师) brings. */
public enum MentorKind {
    ENTREPRENEUR,
    INVESTOR,
    INDUSTRY_EXPERT,
    ACADEMIC
}
