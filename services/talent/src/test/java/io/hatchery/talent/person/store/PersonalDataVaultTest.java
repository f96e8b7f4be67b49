package io.hatchery.talent.person.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.hatchery.testing.TestInfrastructure;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Sealing, the blind index, rotation of the master key and erasure, against a real Mongo-wire server. */
class PersonalDataVaultTest {

    private static KeysetHandle firstMaster;
    private static String blindIndexKeys;

    private final MongoClient client = MongoClients.create(TestInfrastructure.get().mongoConnectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "vault-" + UUID.randomUUID());
    private final String person = "talent-" + UUID.randomUUID();

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        AeadConfig.register();
        PrfConfig.register();
        firstMaster = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        blindIndexKeys = json(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static String json(KeysetHandle keys) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keys, InsecureSecretKeyAccess.get());
    }

    private PersonalDataVault vault(KeysetHandle master) throws GeneralSecurityException {
        return new PersonalDataVault(mongo, new PersonalDataProperties(json(master), blindIndexKeys));
    }

    @Test
    void aSealedFieldOpensOnlyForItsPersonAndFieldAndIsNotStoredInTheClear() throws Exception {
        PersonalDataVault vault = vault(firstMaster);
        vault.createKey(person);

        String sealed = vault.seal(person, "phone", "13912345678");

        assertThat(sealed).doesNotContain("13912345678");
        assertThat(vault.open(person, "phone", sealed)).contains("13912345678");
        assertThat(mongo.findById(person, Document.class, PersonalDataVault.KEYS).toJson())
                .doesNotContain("13912345678");
        String other = "talent-" + UUID.randomUUID();
        vault.createKey(other);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vault.open(other, "phone", sealed))
                .as("another person's key").isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vault.open(person, "email", sealed))
                .as("bound to its field").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBlindIndexIsTheSameForTheSameNumberOnly() throws Exception {
        PersonalDataVault vault = vault(firstMaster);

        assertThat(vault.blindIndex("RESIDENT_ID", "11010519491231002X"))
                .isEqualTo(vault.blindIndex("RESIDENT_ID", "11010519491231002X"))
                .isNotEqualTo(vault.blindIndex("RESIDENT_ID", "440524188001010014"))
                .isNotEqualTo(vault.blindIndex("PASSPORT", "11010519491231002X"))
                .doesNotContain("11010519491231002X").hasSize(64);
    }

    @Test
    void afterARotationOldRecordsStayReadableAndARewrappedKeyNeedsOnlyTheNewKey() throws Exception {
        PersonalDataVault before = vault(firstMaster);
        before.createKey(person);
        String sealed = before.seal(person, "name", "王小明");
        KeysetHandle.Builder rotation = KeysetHandle.newBuilder(firstMaster);
        rotation.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                .withRandomId().makePrimary());
        KeysetHandle rotated = rotation.build();

        PersonalDataVault after = vault(rotated);
        assertThat(after.open(person, "name", sealed)).as("a key wrapped by the retiring key").contains("王小明");
        after.rewrap(person);
        KeysetHandle.Builder retirement = KeysetHandle.newBuilder(rotated);
        retirement.deleteAt(0);
        PersonalDataVault newOnly = vault(retirement.build());

        assertThat(newOnly.open(person, "name", sealed)).contains("王小明");
    }

    @Test
    void erasureLeavesEveryCopyUnreadable() throws Exception {
        PersonalDataVault vault = vault(firstMaster);
        vault.createKey(person);
        String sealed = vault.seal(person, "idNumber", "11010519491231002X");
        String backup = new String(sealed);

        vault.destroyKey(person);

        assertThat(vault.open(person, "idNumber", sealed)).isEmpty();
        assertThat(vault.open(person, "idNumber", backup)).isEmpty();
    }
}
