package io.hatchery.contracts.talent;

/** The level of government behind a talent programme or a platform. */
public enum RecognitionLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY
}
