package io.hatchery.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Makes one relay per service the publisher: a lease document {@code {_id: service, owner, expiresAt}} that its
 * holder renews and anyone may take once it expired. Two relays overlapping briefly after an expiry would only
 * publish duplicates, which consumers absorb.
 */
public class OutboxLease {

    static final String COLLECTION = "outbox_leases";

    private final MongoTemplate mongo;
    private final String name;
    private final String owner;
    private final Duration ttl;
    private final Clock clock;
    private Instant renewedAt = Instant.EPOCH;
    private boolean held;

    public OutboxLease(MongoTemplate mongo, String name, String owner, Duration ttl, Clock clock) {
        this.mongo = mongo;
        this.name = name;
        this.owner = owner;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Holds the lease, renewing it when a third of its time has passed; false when another instance has it. */
    public boolean holdOrAcquire() {
        Instant now = clock.instant();
        if (held && now.isBefore(renewedAt.plus(ttl.dividedBy(3)))) {
            return true;
        }
        Query claimable = Query.query(Criteria.where("_id").is(name).orOperator(
                Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(Date.from(now))));
        Update claim = new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(ttl)));
        try {
            Document lease = mongo.findAndModify(claimable, claim,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            held = lease != null && owner.equals(lease.getString("owner"));
        } catch (DuplicateKeyException heldByAnother) {
            held = false;
        }
        if (held) {
            renewedAt = now;
        }
        return held;
    }

    public boolean isHeld() {
        return held && clock.instant().isBefore(renewedAt.plus(ttl));
    }

    /** Gives the lease up so that another instance can take over at once (on orderly shutdown). */
    public void release() {
        if (held) {
            mongo.remove(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)), COLLECTION);
            held = false;
        }
    }

    public String owner() {
        return owner;
    }
}
