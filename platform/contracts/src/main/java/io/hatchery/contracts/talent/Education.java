package io.hatchery.contracts.talent;

/** A person's highest education. */
public enum Education {
    DOCTORATE,
    MASTER,
    BACHELOR,
    OTHER
}
