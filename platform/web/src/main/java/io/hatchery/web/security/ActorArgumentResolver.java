package io.hatchery.web.security;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers declare an {@link Actor} parameter, built from the validated JWT. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return current();
    }

    /** The actor of the current request. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new InsufficientAuthenticationException("no authenticated caller");
        }
        return fromJwt(jwt);
    }

    public static Actor fromJwt(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object claim = jwt.getClaim("roles");
        if (claim instanceof Collection<?> names) {
            for (Object name : names) {
                try {
                    roles.add(Role.valueOf(String.valueOf(name)));
                } catch (IllegalArgumentException unknownRole) {
                    // roles of other applications sharing the identity provider carry no rights here
                }
            }
        }
        return new Actor(jwt.getSubject(), roles, jwt.getClaimAsString("region"),
                jwt.getClaimAsString("carrier"), jwt.getClaimAsString("investor"),
                jwt.getClaimAsString("partner"));
    }
}
