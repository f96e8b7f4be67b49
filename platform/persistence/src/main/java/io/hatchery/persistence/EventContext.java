package io.hatchery.persistence;

/**
 * Who causes the events of a command and in which trace, recorded on every event it produces.
 *
 * @param actor       subject of the caller's token, or {@code system:<service>} for reactions to events
 * @param traceparent W3C trace context of the command, may be null
 */
public record EventContext(String actor, String traceparent) {

    public static EventContext system(String service) {
        return new EventContext("system:" + service, null);
    }
}
