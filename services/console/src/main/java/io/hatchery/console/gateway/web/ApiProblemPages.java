package io.hatchery.console.gateway.web;

import io.hatchery.console.gateway.app.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the official sees when the platform refuses or fails a page's request: the platform's own reason, never a
 * stack trace. A 401 means their token expired: they sign in again.
 */
@ControllerAdvice
public class ApiProblemPages {

    @ExceptionHandler(ApiException.class)
    public ModelAndView problem(ApiException e, HttpServletRequest request) {
        if (e.status() == 401) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            return new ModelAndView("redirect:/sign-in?expired");
        }
        HttpStatus status = switch (e.status()) {
            case 400, 403, 404 -> HttpStatus.valueOf(e.status());
            default -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("status", status.value());
        page.addObject("detail", e.detail());
        return page;
    }
}
