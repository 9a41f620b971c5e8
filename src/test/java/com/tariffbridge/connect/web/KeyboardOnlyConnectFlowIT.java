package com.tariffbridge.connect.web;

import static com.tariffbridge.testsupport.BrowserWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tariffbridge.testsupport.PhoneBrowser;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The connect flow (embedded sign-in) walked with the keyboard alone, in headless Chromium at phone
 * size: every key goes to the focused element, nothing is clicked. Each stop of the tab order must
 * be on screen, not covered, and drawn with a focus indicator; the first Tab of every page lands on
 * the skip link; and Tab reaches each page's primary action before it leaves the page's content.
 */
class KeyboardOnlyConnectFlowIT {

    /** Bob, seeded by the sandbox, has two supplies: the walk includes the supply choice. */
    private static final String EMAIL = "bob@example.com";

    private static final String PASSWORD = "bob-demo-pass";

    /** More stops than any page has: a longer walk means the primary action is out of reach. */
    private static final int MOST_STOPS = 15;

    /**
     * What the keyboard user sees of document.activeElement: where it is, whether it is on screen
     * and topmost at its centre, and whether the focus is drawn (:focus-visible with an outline or
     * a box shadow) in a colour that stands out 3:1 (WCAG 1.4.11) from what is behind the ring: an
     * outline on its own against the backdrop, or a two-colour ring (an outline on a box-shadow
     * band filling the outline offset, technique C40) with one colour off the backdrop and the two
     * apart.
     */
    private static final String FOCUSED =
            """
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) {
                return {id: '', tag: 'body', visible: false, indicator: false,
                        inMain: false, inFooter: false, text: ''};
            }
            function colour(text) {
                var m = /rgba?\\(([^)]*)\\)/.exec(text || '');
                if (!m) { return null; }
                var p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
                return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
            }
            function luminance(c) {
                return [c.r, c.g, c.b].map(function (v) {
                    v = v / 255;
                    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
                }).reduce(function (sum, v, i) { return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
            }
            function contrast(a, b) {
                var x = luminance(a), y = luminance(b);
                return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            }
            function clampX(x) { return Math.min(Math.max(x, 0), innerWidth - 1); }
            function clampY(y) { return Math.min(Math.max(y, 0), innerHeight - 1); }
            var r = e.getBoundingClientRect();
            var s = getComputedStyle(e);
            var onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                && r.top < innerHeight && r.left < innerWidth;
            var top = onScreen
                ? document.elementFromPoint(clampX(r.left + r.width / 2), clampY(r.top + r.height / 2))
                : null;
            var labels = e.labels ? Array.prototype.slice.call(e.labels) : [];
            var uncovered = top !== null && (top === e || e.contains(top)
                || labels.some(function (l) { return l.contains(top); }));

            var offset = parseFloat(s.outlineOffset) || 0;
            var width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth) || 0;
            var ring = colour(s.outlineColor);
            var outline = width > 0 && ring !== null && ring.a > 0;
            var x = r.left - offset - width / 2;
            if (x < 0) { x = r.right + offset + width / 2; }
            var behind = {r: 255, g: 255, b: 255, a: 1};
            var stack = document.elementsFromPoint(clampX(x), clampY(r.top + r.height / 2));
            for (var i = 0; i < stack.length; i++) {
                if (stack[i] === e || e.contains(stack[i])) { continue; }
                var bg = colour(getComputedStyle(stack[i]).backgroundColor);
                if (bg !== null && bg.a > 0) { behind = bg; break; }
            }
            var band = null;
            if (s.boxShadow && s.boxShadow !== 'none') {
                var lengths = s.boxShadow.replace(/rgba?\\([^)]*\\)/, '').trim().split(/\\s+/)
                    .map(parseFloat);
                var shadow = colour(s.boxShadow);
                if (shadow !== null && shadow.a > 0 && lengths.length >= 4 && lengths[3] > 0
                        && lengths[3] >= offset) {
                    band = shadow;
                }
            }
            var ringShows = outline && (contrast(ring, behind) >= 3 || band !== null
                && contrast(band, behind) >= 3 && contrast(ring, band) >= 3);
            var bandShows = !outline && band !== null && contrast(band, behind) >= 3;
            return {
                id: e.id,
                tag: e.tagName.toLowerCase(),
                text: ((e.value || e.textContent || '') + '').trim().substring(0, 60),
                visible: onScreen && uncovered && s.visibility !== 'hidden'
                    && parseFloat(s.opacity) > 0,
                indicator: e.matches(':focus-visible') && (ringShows || bandShows),
                focusStyle: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor
                    + ' offset ' + s.outlineOffset + ', shadow ' + s.boxShadow
                    + ', behind rgb(' + behind.r + ', ' + behind.g + ', ' + behind.b + ')'
                    + (outline ? ', ring ' + contrast(ring, behind).toFixed(2) + ':1' : ''),
                inMain: !!e.closest('main'),
                inFooter: !!e.closest('footer'),
                skip: e.classList.contains('skip'),
                checked: !!e.checked
            };
            """;

    private PhoneBrowser phone;
    private WebDriver driver;

    @BeforeEach
    void openPhone() {
        phone = new PhoneBrowser();
        driver = phone.driver();
    }

    @AfterEach
    void closePhone() {
        phone.close();
    }

    @Test
    void bobSignsInChoosesASupplyAndAllowsWithTheKeyboardAlone() {
        String token = startFlow();

        // Sign-in: the skip link takes the keyboard straight to the form.
        firstTabLandsOnTheSkipLink();
        pressOnThePage(Keys.ENTER);
        assertThat(tab().get("id")).as("the first stop after skipping").isEqualTo("login:email");
        type(EMAIL);
        assertThat(tab().get("id")).isEqualTo("login:password");
        type(PASSWORD);
        pressToReach(Keys.ENTER, By.id("supply:continue"));
        phone.screenshot("kbd-01-supply");

        // Supply choice: from the top of the page into the radio group, arrows to choose.
        firstTabLandsOnTheSkipLink();
        var firstRadio = tabUntil(f -> "input".equals(f.get("tag")) && isRadio(), "a supply");
        assertThat(firstRadio.get("checked")).as("nothing is chosen by Tab alone").isEqualTo(false);
        var chosen = press(Keys.ARROW_DOWN);
        assertThat(chosen.get("id")).isNotEqualTo(firstRadio.get("id"));
        chosen = press(Keys.SPACE);
        assertThat(chosen.get("checked"))
                .as("the arrow and space chose %s", chosen)
                .isEqualTo(true);
        String supplyLabel = focusedLabel();
        assertThat(tab().get("id")).as("Tab leaves the radio group").isEqualTo("supply:continue");
        pressToReach(Keys.ENTER, By.id("consent:allow"));
        phone.screenshot("kbd-02-consent");

        // Consent: through the header and the page's links to Allow.
        firstTabLandsOnTheSkipLink();
        tabUntil(f -> "consent:allow".equals(f.get("id")), "Allow");
        pressToReach(Keys.ENTER, By.id("outcome"));

        JsonObject received = SandboxFlatPeak.received(token);
        assertThat(received.getString("status")).isEqualTo("AUTH_CAPTURED");
        assertThat(
                        received.getJsonObject("auth_capture")
                                .getJsonObject("auth_data")
                                .getString("supply_point"))
                .as("the supply chosen with the arrow key: %s", supplyLabel)
                .isEqualTo(
                        supplyLabel.contains("Holiday cottage") ? "SP-2000-0002" : "SP-2000-0001");
    }

    @Test
    void cancelOnTheSignInPageIsReachedByTabAndTellsFlatPeakDismissLogin() {
        String token = startFlow();
        firstTabLandsOnTheSkipLink();
        var stops = new ArrayList<String>();
        tabUntil(
                f -> {
                    stops.add(String.valueOf(f.get("id")));
                    return "login:cancel".equals(f.get("id"));
                },
                "Cancel");
        assertThat(stops)
                .as("the tab order meets Sign in before Cancel")
                .containsSubsequence("login:email", "login:password", "login:signIn");
        pressToReach(Keys.ENTER, By.id("outcome"));
        assertThat(SandboxFlatPeak.received(token).getString("status")).isEqualTo("DISMISS_LOGIN");
    }

    private String startFlow() {
        JsonObject minted = SandboxFlatPeak.mintToken();
        driver.get(minted.getString("authentication_uri"));
        waitFor(driver, By.id("login:email"));
        return minted.getString("connect_token");
    }

    private void firstTabLandsOnTheSkipLink() {
        var focused = tab();
        assertThat(focused.get("skip")).as("the first Tab lands on %s", focused).isEqualTo(true);
        assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("#main");
    }

    /**
     * Tabs until {@code target} holds for the focused element, checking every stop on the way;
     * fails if the walk leaves the page's content (main) first, or takes too long.
     */
    private Map<String, Object> tabUntil(Predicate<Map<String, Object>> target, String what) {
        var walked = new ArrayList<Object>();
        boolean inContent = false;
        for (int stop = 0; stop < MOST_STOPS; stop++) {
            var focused = tab();
            walked.add(focused.get("id") + " " + focused.get("text"));
            boolean inMain = Boolean.TRUE.equals(focused.get("inMain"));
            if (inContent && !inMain || Boolean.TRUE.equals(focused.get("inFooter"))) {
                fail("Tab left the page content before reaching %s: %s", what, walked);
            }
            inContent |= inMain;
            if (target.test(focused)) {
                return focused;
            }
        }
        return fail("%s not reached in %d tabs: %s", what, MOST_STOPS, walked);
    }

    private Map<String, Object> tab() {
        return press(Keys.TAB);
    }

    /** One key to the focused element; the element then focused must be seen to be. */
    private Map<String, Object> press(Keys key) {
        driver.switchTo().activeElement().sendKeys(key);
        return assertFocusShows(key.name());
    }

    /** A key that acts on the page without leaving it (the skip link). */
    private void pressOnThePage(Keys key) {
        driver.switchTo().activeElement().sendKeys(key);
    }

    private void type(String text) {
        WebElement field = driver.switchTo().activeElement();
        field.sendKeys(text);
        assertThat(field.getAttribute("value")).isEqualTo(text);
    }

    /**
     * A key that submits, then the next page: {@code next} is only on that page, so its arrival
     * means the page the key was pressed on is gone.
     */
    private void pressToReach(Keys key, By next) {
        driver.switchTo().activeElement().sendKeys(key);
        waitFor(driver, next);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> assertFocusShows(String after) {
        var focused = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUSED);
        assertThat(focused.get("visible"))
                .as("after %s on %s the focused element is on screen: %s", after, page(), focused)
                .isEqualTo(true);
        assertThat(focused.get("indicator"))
                .as(
                        "after %s on %s the focus is drawn, 3:1 off its backdrop: %s",
                        after, page(), focused)
                .isEqualTo(true);
        return focused;
    }

    private boolean isRadio() {
        return "radio".equals(driver.switchTo().activeElement().getAttribute("type"));
    }

    private String focusedLabel() {
        return (String)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "var e = document.activeElement;"
                                        + " return e.labels && e.labels.length"
                                        + " ? e.labels[0].textContent : '';");
    }

    private String page() {
        return driver.getCurrentUrl().replaceAll("\\?.*", "");
    }
}
