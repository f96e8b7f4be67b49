package io.hatchery.kernel.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The last applied version per aggregate, for in-memory projections: an event is applied only if its
 * {@code aggregateversion} is newer, so redeliveries, relay re-publishing and replays change nothing. Not
 * thread-safe: a projection applies events from one thread. Persist it with the projection's state.
 */
public final class AppliedVersions {

    private final Map<String, Long> lastApplied;

    public AppliedVersions() {
        this(new HashMap<>());
    }

    public AppliedVersions(Map<String, Long> lastApplied) {
        this.lastApplied = new HashMap<>(lastApplied);
    }

    /** Records the version and answers true if it is newer than anything applied for the aggregate. */
    public boolean advance(String aggregateId, long version) {
        Long last = lastApplied.get(aggregateId);
        if (last != null && last >= version) {
            return false;
        }
        lastApplied.put(aggregateId, version);
        return true;
    }

    /** Whether the version is newer than anything applied for the aggregate; records nothing. */
    public boolean isNewer(String aggregateId, long version) {
        Long last = lastApplied.get(aggregateId);
        return last == null || last < version;
    }

    /** Records the version as applied, once applying it has succeeded. */
    public void record(String aggregateId, long version) {
        lastApplied.put(aggregateId, version);
    }

    public long lastApplied(String aggregateId) {
        return lastApplied.getOrDefault(aggregateId, 0L);
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(lastApplied);
    }

    public int size() {
        return lastApplied.size();
    }
}
