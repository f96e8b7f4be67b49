package io.hatchery.console.session.web;

import io.hatchery.console.session.app.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (null on the sign-in page), for the header and what it offers. */
@ControllerAdvice
public class SignedInUserModel {

    private final CurrentUser currentUser;

    public SignedInUserModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("user")
    public SignedInUser user(HttpServletRequest request, HttpServletResponse response) {
        return currentUser.of(request, response);
    }
}
