package io.hatchery.talent.person.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Encryption of people's personal data at rest, field by field (ADR 12). Each person has a data key of their own
 * (an AES-256-GCM keyset), stored wrapped by the deployment's master keyset in {@code person_keys}; each field is
 * sealed with it, bound to the person and the field. Erasing a person destroys their data key, which leaves every
 * copy of their fields (replicas and backups included) unreadable. A keyed hash of the identity number, the blind
 * index, finds a person without decrypting anyone. The master keyset rotates: a new primary key wraps new data
 * keys and the old keys still unwrap the old ones ({@link #rewrap} moves one to the new primary).
 */
@Component
public class PersonalDataVault {

    static final String KEYS = "person_keys";

    private final MongoTemplate mongo;
    private final Aead master;
    private final PrfSet blindIndex;

    public PersonalDataVault(MongoTemplate mongo, PersonalDataProperties properties) {
        this.mongo = mongo;
        try {
            AeadConfig.register();
            PrfConfig.register();
            this.master = TinkJsonProtoKeysetFormat.parseKeyset(properties.masterKeyset(),
                    InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.blindIndex = TinkJsonProtoKeysetFormat.parseKeyset(properties.blindIndexKeyset(),
                    InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hatchery.talent.personal-data: the keysets cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** The blind index of an identity number: the same number gives the same index, and nothing else can. */
    public String blindIndex(String kind, String number) {
        return keyedDigest(kind + ":" + number);
    }

    /**
     * A digest of text holding personal data that only this deployment can compute (a keyed PRF), for what must be
     * compared but never read back, such as the fingerprint of a retried registration.
     */
    public String keyedDigest(String text) {
        try {
            return HexFormat.of().formatHex(blindIndex.computePrimary(text.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed digest", e);
        }
    }

    /** Creates the person's data key; a person who has one keeps it. */
    public void createKey(String personId) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(personId)), KEYS)) {
            return;
        }
        try {
            KeysetHandle key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master, ad(personId, "key"));
            mongo.insert(new Document("_id", personId).append("wrapped", new Binary(wrapped)), KEYS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a data key", e);
        }
    }

    /** Seals a field's value with the person's data key; null stays null. */
    public String seal(String personId, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] sealed = dataKey(personId).orElseThrow(() -> new IllegalStateException("no data key for "
                    + personId)).encrypt(value.getBytes(StandardCharsets.UTF_8), ad(personId, field));
            return Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal " + field, e);
        }
    }

    /** A field's value, or empty when the person was erased (their data key destroyed) or the value was null. */
    public Optional<String> open(String personId, String field, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        Optional<Aead> key = dataKey(personId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(key.get().decrypt(Base64.getDecoder().decode(sealed), ad(personId, field)),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open " + field + " of " + personId, e);
        }
    }

    /** Destroys the person's data key: every sealed field of theirs, wherever it is kept, is unreadable from now on. */
    public void destroyKey(String personId) {
        mongo.remove(Query.query(Criteria.where("_id").is(personId)), KEYS);
    }

    /** Wraps the person's data key with the master keyset's current primary key (after a rotation). */
    public void rewrap(String personId) {
        Document stored = mongo.findById(personId, Document.class, KEYS);
        if (stored == null) {
            return;
        }
        try {
            KeysetHandle key = TinkProtoKeysetFormat.parseEncryptedKeyset(bytes(stored), master, ad(personId, "key"));
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master, ad(personId, "key"));
            mongo.getCollection(KEYS).replaceOne(new Document("_id", personId),
                    new Document("_id", personId).append("wrapped", new Binary(wrapped)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot rewrap the data key of " + personId, e);
        }
    }

    private Optional<Aead> dataKey(String personId) {
        Document stored = mongo.findById(personId, Document.class, KEYS);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TinkProtoKeysetFormat.parseEncryptedKeyset(bytes(stored), master, ad(personId, "key"))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the data key of " + personId + " cannot be unwrapped with the master"
                    + " keyset (was a retired key removed?)", e);
        }
    }

    private static byte[] bytes(Document stored) {
        Object wrapped = stored.get("wrapped");
        return wrapped instanceof Binary binary ? binary.getData() : (byte[]) wrapped;
    }

    private static byte[] ad(String personId, String field) {
        return (personId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
