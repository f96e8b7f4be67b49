package io.hatchery.exchange.subscription.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import io.hatchery.exchange.subscription.app.SubscriptionProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Seals a subscription's signing secret at rest with the deployment's AEAD keyset (Google Tink), bound to the
 * subscription's id by associated data, so that a sealed secret copied into another subscription does not open.
 * A copy of the database alone does not let anyone sign deliveries as the platform.
 */
@Component
public class SecretSeal {

    private final Aead aead;

    public SecretSeal(SubscriptionProperties properties) {
        try {
            AeadConfig.register();
            this.aead = TinkJsonProtoKeysetFormat.parseKeyset(properties.secretsKeyset(),
                    InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hatchery.exchange.subscriptions.secrets-keyset is not a usable Tink AEAD"
                    + " keyset: " + e.getMessage(), e);
        }
    }

    public String seal(String subscriptionId, String secret) {
        try {
            return Base64.getEncoder().encodeToString(aead.encrypt(secret.getBytes(StandardCharsets.UTF_8),
                    associatedData(subscriptionId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the secret of subscription " + subscriptionId, e);
        }
    }

    public String open(String subscriptionId, String sealed) {
        try {
            return new String(aead.decrypt(Base64.getDecoder().decode(sealed), associatedData(subscriptionId)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the secret of subscription " + subscriptionId + " does not open with"
                    + " the configured keyset", e);
        }
    }

    private static byte[] associatedData(String subscriptionId) {
        return ("hatchery-subscription-secret:" + subscriptionId).getBytes(StandardCharsets.UTF_8);
    }
}
