package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amparo.server.Http.Reply;
import org.amparo.server.face.FaceEngine;
import org.amparo.server.face.FacePhotos;
import org.amparo.server.face.FaceScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #4's "done": a watchlisted person's photo arriving at an in-scope camera produces a match
 * that two operators confirm in the browser, each after giving a justification, with the camera's
 * face and the enrolled photo side by side.
 */
class FaceMatchBrowserTest extends BrowserTestSupport {
    private static final String WHY = "Reviewing camera matches of missing person case 2026-117";

    @Autowired
    FaceEngine engine;

    @Test
    void twoOperatorsConfirmAFaceMatchInTheBrowser() {
        FacePhotos person = FacePhotos.find(engine);
        FaceScenario scenario = new FaceScenario(port, clock);
        String camera = scenario.camera("Parque Calderón N");
        String subjectId = scenario.subject();
        String authorizationId = scenario.authorization(subjectId, camera);
        Reply enrolled = scenario.enrol(subjectId, authorizationId, person.enrolment());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        Reply frame = scenario.frame("admin", camera, person.seen());
        assertThat(frame.status()).as(frame.body()).isEqualTo(202);
        String matchId = frame.json().path("matchIds").get(0).asString("");

        Page first = confirm("operator", matchId, "Your confirmation is recorded; a second person must confirm.");
        assertThat(first.locator("body")).hasAttribute("data-live", "connected");
        Page second = confirm("operator2", matchId, "Match confirmed by two people.");
        assertThat(first.locator("#face-matches-changed")).isVisible();
        first.context().close();

        second.navigate("/face-matches?status=CONFIRMED");
        Locator row = second.locator(".face-match-row[data-id='" + matchId + "']");
        assertThat(row).hasAttribute("data-status", "CONFIRMED");
        assertThat(row.locator(".verdicts")).containsText("operator");
        assertThat(row.locator(".verdicts")).containsText("operator2");
        screenshot(second, "face-matches-confirmed");
        second.context().close();
    }

    private Page confirm(String operator, String matchId, String notice) {
        BrowserContext context = newContext();
        Page page = signIn(context, operator, DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Face matches"))
                .click();
        page.locator("#justification").fill(WHY);
        page.locator("#justify-submit").click();
        Locator row = page.locator(".face-match-row[data-id='" + matchId + "']");
        assertThat(row).hasAttribute("data-status", "PENDING_CONFIRMATION");
        Locator pictures = row.locator("img.face");
        assertThat(pictures).hasCount(2);
        page.waitForFunction(
                "rows => [...document.querySelectorAll(rows)].every(i => i.complete && i.naturalWidth > 0)",
                ".face-match-row[data-id='" + matchId + "'] img.face");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm"))
                .click();
        assertThat(page.locator("#notice")).hasText(notice);
        Locator after = page.locator(".face-match-row[data-id='" + matchId + "']");
        assertThat(after.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")))
                .hasCount(0);
        return page;
    }
}
