package io.hatchery.directory;

import io.hatchery.messaging.consumer.VersionedUpdates;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The registry's firms and carriers as the services that name them need them: a firm's industry, region, carrier
 * and signals; a carrier's region and operator. Kept from the registry's events, every write idempotent by
 * aggregate version.
 */
public class RegistryDirectory {

    static final String FIRMS = "directory_firms";
    static final String CARRIERS = "directory_carriers";

    private final MongoTemplate mongo;
    private final VersionedUpdates firmUpdates;
    private final VersionedUpdates carrierUpdates;

    public RegistryDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        this.firmUpdates = new VersionedUpdates(mongo, FIRMS);
        this.carrierUpdates = new VersionedUpdates(mongo, CARRIERS);
        mongo.indexOps(FIRMS).createIndex(new Index().on("uscc", Sort.Direction.ASC)
                .named("uscc"));
    }

    /** A registration: its fields set once, when the firm or carrier is first seen. */
    public boolean registerFirm(String firmId, long version, Map<String, Object> fields) {
        return firmUpdates.applyFirst(firmId, firmId, version, fields);
    }

    public boolean registerCarrier(String carrierId, long version, Map<String, Object> fields) {
        return carrierUpdates.applyFirst(carrierId, carrierId, version, fields);
    }

    public boolean updateFirm(String firmId, long version, Update update) {
        return firmUpdates.applyIfNewer(firmId, firmId, version, update);
    }

    public boolean updateCarrier(String carrierId, long version, Update update) {
        return carrierUpdates.applyIfNewer(carrierId, carrierId, version, update);
    }

    /**
     * A firm the registry has told of (registered, not only named by another event). Read by id alone, which every
     * server answers from the id index.
     */
    public Optional<FirmEntry> firm(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, FIRMS))
                .filter(document -> document.getString("uscc") != null).map(RegistryDirectory::firm);
    }

    public Optional<FirmEntry> firmByUscc(String uscc) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("uscc").is(uscc)), Document.class,
                FIRMS)).map(RegistryDirectory::firm);
    }

    public Optional<CarrierEntry> carrier(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, CARRIERS))
                .filter(document -> document.getString("region") != null).map(document -> new CarrierEntry(document.getString("_id"),
                        document.getString("name"), document.getString("region"),
                        document.getString("operatorUscc"), Boolean.TRUE.equals(document.getBoolean("delisted"))));
    }

    private static FirmEntry firm(Document document) {
        return new FirmEntry(document.getString("_id"), document.getString("uscc"), document.getString("name"),
                document.getString("industry"), document.getString("region"), document.getString("carrierId"),
                Boolean.TRUE.equals(document.getBoolean("highTech")),
                Boolean.TRUE.equals(document.getBoolean("techSme")),
                Boolean.TRUE.equals(document.getBoolean("graduationEligible")));
    }
}
