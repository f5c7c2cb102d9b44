package org.amparo.server.web;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.Justifications;
import org.jspecify.annotations.Nullable;

/**
 * The written reasons a person gave, in this session, for opening an incident's personal data (the caller's number
 * and location). The incident page asks once per incident and session; every later read of the page, live
 * refreshes included, is still a read the core audits with that reason. The reasons live in the HTTP session only,
 * so signing out forgets them. Thread-safe.
 */
final class IncidentJustifications {
    /** Most incidents remembered per session: a shift opens dozens, not thousands. */
    static final int MAX_PER_SESSION = 500;

    /** Longest free text a person adds to a reason, in characters. */
    static final int MAX_DETAILS = 500;

    private static final String ATTRIBUTE = IncidentJustifications.class.getName();
    /** Guards creating the map, so that two first requests of one session share it. */
    private static final Object LOCK = new Object();

    private IncidentJustifications() {}

    /**
     * The standard reasons of the form. The audit entry keeps the English text, whatever the page's language, so
     * that the auditor reads one wording; {@link #OTHER} is the person's own text alone.
     */
    enum Reason {
        HANDLING("Handling this emergency"),
        SUPERVISOR_REVIEW("Supervisor review"),
        CALLBACK("Calling the caller back"),
        OTHER("");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The justification kept with the read: the reason, then the person's details after a colon. */
        String with(String details) {
            String added = details.strip();
            if (this == OTHER) {
                return added;
            }
            return added.isEmpty() ? text : text + ": " + added;
        }
    }

    /** The justification for {@code reason} and {@code details}, or empty when the core would refuse it. */
    static Optional<String> compose(@Nullable String reason, @Nullable String details) {
        Reason chosen;
        try {
            chosen = Reason.valueOf(reason == null ? "" : reason.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text = chosen.with(details == null ? "" : details);
        return details != null && details.length() > MAX_DETAILS || !Justifications.valid(text)
                ? Optional.empty()
                : Optional.of(text);
    }

    /** The reason given for {@code incident} in this session, or null when none was given yet. */
    static @Nullable String of(HttpSession session, IncidentId incident) {
        return reasons(session).get(incident.toString());
    }

    static void remember(HttpSession session, IncidentId incident, String justification) {
        Map<String, String> reasons = reasons(session);
        if (reasons.size() >= MAX_PER_SESSION) {
            reasons.clear();
        }
        reasons.put(incident.toString(), justification);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> reasons(HttpSession session) {
        synchronized (LOCK) {
            Object kept = session.getAttribute(ATTRIBUTE);
            if (kept instanceof ConcurrentHashMap<?, ?> map) {
                return (Map<String, String>) map;
            }
            Map<String, String> created = new ConcurrentHashMap<>();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }
}
