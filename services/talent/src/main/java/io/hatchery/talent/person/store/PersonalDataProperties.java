package io.hatchery.talent.person.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of personal data ({@code hatchery.talent.personal-data.*}, ADR 12), as Tink JSON keysets. In production
 * they come from the deployment's secret store (or are replaced by a KMS-held master key); the defaults in
 * {@code application.yml} are for a local run only.
 *
 * @param masterKeyset     AEAD keyset that wraps each person's data key; rotate by adding a new primary key
 * @param blindIndexKeyset PRF keyset of the blind index of identity numbers
 */
@ConfigurationProperties("hatchery.talent.personal-data")
public record PersonalDataProperties(String masterKeyset, String blindIndexKeyset) {

    public PersonalDataProperties {
        if (masterKeyset == null || masterKeyset.isBlank()) {
            throw new IllegalArgumentException("hatchery.talent.personal-data.master-keyset is required");
        }
        if (blindIndexKeyset == null || blindIndexKeyset.isBlank()) {
            throw new IllegalArgumentException("hatchery.talent.personal-data.blind-index-keyset is required");
        }
    }
}
