package io.hatchery.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs JWTs for local runs and tests with a key pair of its own. Services accept them because they are given the
 * public key ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}); production uses an OIDC
 * provider instead and never sees this key.
 */
public final class LocalTokenIssuer {

    public static final String ISSUER = "hatchery-devstack";
    public static final String PRIVATE_KEY_FILE = "jwt-signing-key.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public-key.pem";

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private LocalTokenIssuer(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The issuer whose keys live in {@code directory}, creating them on first use. */
    public static LocalTokenIssuer inDirectory(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new LocalTokenIssuer(
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile))),
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile))));
            }
            LocalTokenIssuer issuer = generate();
            Files.createDirectories(directory);
            writePem(privateFile, "PRIVATE KEY", issuer.privateKey.getEncoded());
            writePem(publicFile, "PUBLIC KEY", issuer.publicKey.getEncoded());
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the token keys in " + directory, e);
        }
    }

    /** An issuer with a fresh key pair that is never written anywhere. */
    public static LocalTokenIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new LocalTokenIssuer((RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key as PEM, the form Spring's resource server reads. */
    public void writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writePem(file, "PUBLIC KEY", publicKey.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A signed token.
     *
     * @param subject who the token is for
     * @param roles   platform roles such as {@code PROVINCE_ADMIN}
     * @param region  the holder's jurisdiction (division code)
     */
    public String issue(String subject, List<String> roles, String region, Duration validity) {
        return issue(subject, roles, region, null, validity);
    }

    /**
     * A token for a carrier's operator: {@code carrier} names the one carrier whose firms the holder manages.
     */
    public String issue(String subject, List<String> roles, String region, String carrier, Duration validity) {
        return issue(subject, roles, region, carrier, null, validity);
    }

    /**
     * A token with every claim: {@code carrier} for a carrier's operator, {@code investor} for a fund manager (the
     * investor whose funds the holder manages); null leaves a claim out.
     */
    public String issue(String subject, List<String> roles, String region, String carrier, String investor,
            Duration validity) {
        return issue(subject, roles, region, carrier, investor, null, validity);
    }

    /** A token with every claim, {@code partner} for a partner's machine client included; null leaves one out. */
    public String issue(String subject, List<String> roles, String region, String carrier, String investor,
            String partner, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(validity)))
                .claim("roles", roles)
                .claim("region", region)
                .claim("carrier", carrier)
                .claim("investor", investor)
                .claim("partner", partner)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("devstack").build(), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void writePem(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n",
                StandardCharsets.US_ASCII);
    }
}
