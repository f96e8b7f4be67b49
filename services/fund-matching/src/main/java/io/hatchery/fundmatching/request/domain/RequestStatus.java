package io.hatchery.fundmatching.request.domain;

/** Where a financing request stands: open → matched → funded, or withdrawn or expired. */
public enum RequestStatus {
    OPEN,
    MATCHED,
    FUNDED,
    WITHDRAWN,
    EXPIRED;

    public boolean isClosed() {
        return this == FUNDED || this == WITHDRAWN || this == EXPIRED;
    }
}
