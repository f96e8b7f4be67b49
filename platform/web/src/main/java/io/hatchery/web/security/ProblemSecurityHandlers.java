package io.hatchery.web.security;

import io.hatchery.web.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters as problem details, like every other error. */
final class ProblemSecurityHandlers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "send a valid bearer token (" + exception.getMessage() + ")"));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "your roles do not allow this operation"));
    }

    static RequestRejectedHandler rejected() {
        return (request, response, exception) -> write(response, Problems.of(HttpStatus.BAD_REQUEST,
                "malformed-request", "Malformed request", "the URL holds a sequence that is not allowed (an encoded"
                        + " slash, a NUL, a path traversal or a control character)"));
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
