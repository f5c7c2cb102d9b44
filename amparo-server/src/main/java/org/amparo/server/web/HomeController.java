package org.amparo.server.web;

import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page depends on the role: what each person opens first at the start of a shift. An
 * operator's shift starts at the alert queue.
 */
@Controller
public class HomeController {
    @GetMapping("/")
    String home(Authentication auth) {
        return "redirect:" + landing(PageChrome.actor(auth));
    }

    static String landing(Actor actor) {
        if (actor.has(Role.APPROVER)) {
            return "/authorizations?status=REQUESTED";
        }
        if (actor.has(Role.AUDITOR)) {
            return "/audit";
        }
        if (actor.has(Role.OPERATOR)) {
            return "/alerts";
        }
        if (actor.has(Role.DISPATCHER)) {
            return "/dispatch";
        }
        return "/map";
    }
}
