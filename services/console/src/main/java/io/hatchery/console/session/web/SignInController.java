package io.hatchery.console.session.web;

import io.hatchery.console.ConsoleProperties;
import io.hatchery.console.session.app.LocalTokens;
import io.hatchery.console.session.app.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sign-in page: with OpenID Connect a link to the provider; locally a picker of demo users, each signed in
 * with a token from the devstack.
 */
@Controller
public class SignInController {

    private final ConsoleProperties properties;
    private final LocalTokens localTokens;
    private final SecurityContextRepository contexts;

    public SignInController(ConsoleProperties properties, LocalTokens localTokens,
            SecurityContextRepository contexts) {
        this.properties = properties;
        this.localTokens = localTokens;
        this.contexts = contexts;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN)
    public String signIn(Model model) {
        boolean local = properties.signIn() == ConsoleProperties.SignIn.LOCAL;
        model.addAttribute("local", local);
        model.addAttribute("users", local ? localTokens.users() : List.of());
        return "sign-in";
    }

    @PostMapping(SecurityConfiguration.SIGN_IN)
    public String signInAs(@RequestParam int user, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (properties.signIn() != ConsoleProperties.SignIn.LOCAL) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SignedInUser signedIn;
        try {
            signedIn = localTokens.signIn(user);
        } catch (LocalTokens.SignInFailedException | IllegalArgumentException e) {
            model.addAttribute("local", true);
            model.addAttribute("users", localTokens.users());
            model.addAttribute("failure", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "sign-in";
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                signedIn.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}
