package io.hatchery.application.access;

/** The region of a request lies outside the caller's jurisdiction (HTTP 403). */
public class RegionAccessDeniedException extends RuntimeException {

    private final String region;

    public RegionAccessDeniedException(String region, String message) {
        super(message);
        this.region = region;
    }

    public String region() {
        return region;
    }
}
