package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.ContractsOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.MailServer;
import com.tariffbridge.testsupport.StaffOverHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reminders page over HTTP: what is coming, what was sent; odd page numbers and hostile filters
 * are harmless.
 */
class ReminderPagesIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aContractEndingSoonIsUpcomingUntilItsReminderIsSentThenTheNextLeadIs() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        LocalDate today = LocalDate.now(LONDON);
        LocalDate endDay = today.plusDays(10);
        ContractsOverHttp.setTerm(
                customer.supplyPoint(),
                Instant.now().minus(Duration.ofDays(300)),
                endDay.atStartOfDay(LONDON).toInstant());
        var staff = StaffOverHttp.signedInAdmin();

        var before = staff.get("/admin/reminders.xhtml?sp=" + customer.supplyPoint());
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body())
                .contains("1 contracts ending soon")
                .contains(customer.email())
                .contains(endDay.toString())
                .contains("30-day reminder on " + today);

        var run = AdminApi.post("/admin/api/reminder-runs?date=" + today);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(MailServer.messagesTo(customer.email())).hasSize(1);

        var after = staff.get("/admin/reminders.xhtml?show=upcoming&sp=" + customer.supplyPoint());
        assertThat(after.body()).contains("7-day reminder on " + endDay.minusDays(7));
        var sent =
                staff.get(
                        "/admin/reminders.xhtml?show=SENT&sp="
                                + customer.supplyPoint().toLowerCase());
        assertThat(sent.body())
                .contains("1 reminders")
                .contains(customer.email())
                .contains("30 days")
                .contains("<span class=\"pill\">SENT</span>");
        assertThat(
                        staff.get("/admin/reminders.xhtml?show=FAILED&sp=" + customer.supplyPoint())
                                .body())
                .contains("0 reminders");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "-1", "abc", "99999999999999999999", "2147483647", "1e3", "%27%3B--"})
    void anyPageNumberLandsOnARealPage(String page) {
        var staff = StaffOverHttp.signedInAdmin();
        for (String show : new String[] {"upcoming", "all", "SENT"}) {
            var answer = staff.get("/admin/reminders.xhtml?show=" + show + "&page=" + page);

            assertThat(answer.statusCode()).as(show).isEqualTo(200);
            var summary = Pattern.compile("page (\\d+) of (\\d+)").matcher(answer.body());
            assertThat(summary.find()).as(show).isTrue();
            assertThat(Integer.parseInt(summary.group(1)))
                    .as(show)
                    .isBetween(1, Integer.parseInt(summary.group(2)));
        }
    }

    @Test
    void hostileFilterInputIsShownAsTextAndMatchesNothing() {
        var staff = StaffOverHttp.signedInAdmin();
        String script = "<script>alert(1)</script>";

        var unknown =
                staff.get(
                        "/admin/reminders.xhtml?show="
                                + enc("SENT' OR '1'='1")
                                + "&sp="
                                + enc(script));
        var wildcard = staff.get("/admin/reminders.xhtml?show=all&sp=" + enc("%"));
        var longOne = staff.get("/admin/reminders.xhtml?show=FAILED&sp=" + "X".repeat(5000));

        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body())
                .doesNotContain(script)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Unknown choice")
                .contains("0 contracts ending soon");
        assertThat(wildcard.statusCode()).isEqualTo(200);
        assertThat(wildcard.body()).contains("0 reminders");
        assertThat(longOne.statusCode()).isEqualTo(200);
        assertThat(longOne.body()).contains("0 reminders");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
