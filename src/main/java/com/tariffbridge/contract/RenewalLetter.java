package com.tariffbridge.contract;

import com.tariffbridge.platform.i18n.MessageBundles;
import com.tariffbridge.platform.web.CalendarDates;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The words of a renewal reminder, as plain text and as HTML, in the recipient's recorded language
 * (English when none is recorded or we have no texts for it): the {@code reminder.*} texts of the
 * message bundles, the end day in that language's {@code format.date} pattern. It names the supply
 * and the end date and links to renewing and to the customer's connections page; it never carries a
 * token, a password or a link that signs anyone in.
 */
public record RenewalLetter(
        Recipient to, Locale language, String subject, String text, String html) {

    /** Marks where a placeholder's HTML goes in an escaped text; private-use, never typed. */
    private static final char MARK = '\uE000';

    public static RenewalLetter write(
            MessageBundles words,
            String providerName,
            String supportUrl,
            Recipient to,
            LocalDate endDay,
            String renewUrl,
            String connectionsUrl) {
        Locale language = words.readableIn(to.language());
        String day = CalendarDates.formatDay(endDay, words.text(language, "format.date"), language);
        String subject = words.text(language, "reminder.subject", providerName, day);
        String text =
                String.join(
                                "\n\n",
                                words.text(language, "reminder.greeting", to.name()),
                                words.text(
                                        language,
                                        "reminder.ends",
                                        providerName,
                                        to.supplyLabel(),
                                        to.supplyAddress(),
                                        day),
                                words.text(language, "reminder.renew") + "\n" + renewUrl,
                                words.text(language, "reminder.lapse")
                                        + " "
                                        + words.text(language, "reminder.connections")
                                        + "\n"
                                        + connectionsUrl,
                                words.text(language, "reminder.questions") + " " + supportUrl,
                                providerName)
                        + "\n";
        var html = new Html(words, language);
        String brand = escape(providerName);
        String page =
                "<!DOCTYPE html><html lang=\""
                        + escape(language.toLanguageTag())
                        + "\"><head><meta charset=\"utf-8\"><title>"
                        + escape(subject)
                        + "</title></head><body style=\"margin:0;padding:24px;background:#f4f6f8;"
                        + "font-family:Arial,Helvetica,sans-serif;color:#1b2733\">"
                        + "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px;padding:24px\">"
                        + "<p style=\"font-weight:bold;font-size:18px;color:#0b6e4f;margin:0 0 16px\">"
                        + brand
                        + "</p>"
                        + "<h1 style=\"font-size:20px;margin:0 0 12px\">"
                        + html.text("reminder.heading", escape(day))
                        + "</h1>"
                        + "<p>"
                        + html.text("reminder.greeting", escape(to.name()))
                        + "</p>"
                        + "<p>"
                        + html.text(
                                "reminder.ends",
                                brand,
                                "<strong>" + escape(to.supplyLabel()) + "</strong>",
                                escape(to.supplyAddress()),
                                "<strong>" + escape(day) + "</strong>")
                        + "</p>"
                        + "<p>"
                        + html.text("reminder.renew")
                        + "</p>"
                        + "<p><a href=\""
                        + escape(renewUrl)
                        + "\" style=\"display:inline-block;background:#0b6e4f;"
                        + "color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold\">"
                        + html.text("reminder.renew.link")
                        + "</a></p>"
                        + "<p>"
                        + html.text("reminder.lapse")
                        + " <a href=\""
                        + escape(connectionsUrl)
                        + "\" style=\"color:#0b6e4f\">"
                        + html.text("reminder.connections.link")
                        + "</a>.</p>"
                        + "<p style=\"font-size:13px;color:#5a6876\">"
                        + html.text("reminder.questions")
                        + " <a href=\""
                        + escape(supportUrl)
                        + "\" style=\"color:#0b6e4f\">"
                        + html.text("reminder.contact", brand)
                        + "</a></p>"
                        + "</div></body></html>";
        return new RenewalLetter(to, language, subject, text, page);
    }

    /**
     * Bundle texts as HTML: the text is escaped (a provider's own text may hold {@code &} or {@code
     * <}), its placeholders take HTML that is escaped already (and may be wrapped in tags).
     */
    private record Html(MessageBundles words, Locale language) {
        String text(String key, String... html) {
            Object[] marks = new Object[html.length];
            for (int i = 0; i < html.length; i++) {
                marks[i] = MARK + Integer.toString(i) + MARK;
            }
            String out = escape(words.text(language, key, marks));
            for (int i = 0; i < html.length; i++) {
                out = out.replace((String) marks[i], html[i]);
            }
            return out;
        }
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
