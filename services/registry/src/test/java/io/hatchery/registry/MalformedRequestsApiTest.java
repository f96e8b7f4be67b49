package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that HTTP clients would not send but an attacker or a broken script does: encoded slashes and NULs in an
 * id, headers of 10,000 characters, control characters in a header. Each is refused with problem details, never an
 * HTML page or an empty body, and nothing is stored.
 */
@ServiceIntegrationTest
class MalformedRequestsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private record Raw(int status, String contentType, String body) {
    }

    /** Sends the request as bytes, so that nothing on the way tidies it up. */
    private Raw raw(String requestLineAndHeaders, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            out.write((requestLineAndHeaders + "Host: 127.0.0.1\r\nAuthorization: Bearer " + ADMIN
                    + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headersEnd);
            String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).trim()).findFirst().orElse("");
            String rest = response.substring(headersEnd + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                rest = rest.substring(rest.indexOf("\r\n") + 2, rest.lastIndexOf("\r\n0\r\n"));
            }
            return new Raw(Integer.parseInt(head.substring(9, 12)), contentType, rest);
        }
    }

    private static JsonNode assertProblem(Raw response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    @Test
    void anEncodedSlashOrNulInAnIdIsA400Problem() throws IOException {
        assertProblem(raw("GET /api/registry/carriers/a%2Fb HTTP/1.1\r\n", ""), 400);
        assertProblem(raw("GET /api/registry/carriers/a%00b HTTP/1.1\r\n", ""), 400);
        assertProblem(raw("GET /api/registry/firms/%2e%2e%2Fetc HTTP/1.1\r\n", ""), 400);
    }

    @Test
    void tenThousandCharacterHeadersAreRefusedNamingTheHeader() throws IOException {
        String carrier = api.registerCarrier("滨海长头孵化器", "INCUBATOR", "320922", "2018-01-01", ADMIN);
        String body = "{\"level\":\"MUNICIPAL\",\"authority\":\"盐城市科技局\",\"effectiveDate\":\"2020-01-01\"}";
        String longValue = "\"" + "9".repeat(10_000) + "\"";

        JsonNode ifMatch = assertProblem(raw("POST /api/registry/carriers/" + carrier + "/certifications HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nIf-Match: " + longValue + "\r\n", body), 400);
        JsonNode key = assertProblem(raw("POST /api/registry/carriers HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: " + "k".repeat(10_000) + "\r\n", """
                {"name":"滨海长键孵化器","kind":"INCUBATOR","region":"320922",
                 "operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2019-01-01","totalArea":6000,"incubationArea":4000}"""), 400);

        assertThat(ifMatch.get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        assertThat(key.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(api.get("/api/registry/carriers/" + carrier, ADMIN).json().get("version").asLong())
                .as("nothing stored").isEqualTo(1);
        assertThat(api.get("/api/registry/carriers?region=320922&name=滨海长键孵化器", ADMIN).json().get("total")
                .asInt()).isZero();
    }

    @Test
    void aControlCharacterInAHeaderIsA400Problem() throws IOException {
        String carrier = api.registerCarrier("滨海控制孵化器", "INCUBATOR", "320922", "2018-01-01", ADMIN);

        assertProblem(raw("POST /api/registry/carriers/" + carrier + "/certifications HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nIf-Match: \"1\u0001\"\r\n",
                "{\"level\":\"MUNICIPAL\",\"authority\":\"盐城市科技局\",\"effectiveDate\":\"2020-01-01\"}"), 400);
    }
}
