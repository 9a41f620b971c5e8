package com.tariffbridge.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a renewal reminder, as plain text and as HTML. It names the supply and the end date
 * and links to renewing and to the customer's connections page; it never carries a token, a
 * password or a link that signs anyone in.
 */
public record RenewalLetter(
        String providerName,
        String supportUrl,
        Recipient to,
        LocalDate endDay,
        String renewUrl,
        String connectionsUrl) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String subject() {
        return "Your "
                + providerName
                + " contract ends on "
                + DAY.format(endDay)
                + ": renew to keep your apps connected";
    }

    public String text() {
        return "Hello "
                + to.name()
                + ",\n\n"
                + "Your "
                + providerName
                + " electricity contract for "
                + to.supplyLabel()
                + " ("
                + to.supplyAddress()
                + ") ends on "
                + DAY.format(endDay)
                + ".\n\n"
                + "Renew it so that your prices carry on and the apps you connected through FlatPeak keep seeing "
                + "your tariff:\n"
                + renewUrl
                + "\n\n"
                + "If the contract ends without a renewal, connected apps are told it has ended and lose access "
                + "some weeks later. You can see and withdraw your connections at any time:\n"
                + connectionsUrl
                + "\n\n"
                + "Questions? "
                + supportUrl
                + "\n\n"
                + providerName
                + "\n";
    }

    public String html() {
        String brand = escape(providerName);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(subject())
                + "</title></head><body style=\"margin:0;padding:24px;background:#f4f6f8;"
                + "font-family:Arial,Helvetica,sans-serif;color:#1b2733\">"
                + "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px;padding:24px\">"
                + "<p style=\"font-weight:bold;font-size:18px;color:#0b6e4f;margin:0 0 16px\">"
                + brand
                + "</p>"
                + "<h1 style=\"font-size:20px;margin:0 0 12px\">Your contract ends on "
                + escape(DAY.format(endDay))
                + "</h1>"
                + "<p>Hello "
                + escape(to.name())
                + ",</p>"
                + "<p>Your "
                + brand
                + " electricity contract for <strong>"
                + escape(to.supplyLabel())
                + "</strong> ("
                + escape(to.supplyAddress())
                + ") ends on <strong>"
                + escape(DAY.format(endDay))
                + "</strong>.</p>"
                + "<p>Renew it so that your prices carry on and the apps you connected through FlatPeak keep "
                + "seeing your tariff.</p>"
                + "<p><a href=\""
                + escape(renewUrl)
                + "\" style=\"display:inline-block;background:#0b6e4f;"
                + "color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold\">"
                + "Renew my contract</a></p>"
                + "<p>If the contract ends without a renewal, connected apps are told it has ended and lose access "
                + "some weeks later. <a href=\""
                + escape(connectionsUrl)
                + "\" style=\"color:#0b6e4f\">"
                + "See or withdraw your connections</a>.</p>"
                + "<p style=\"font-size:13px;color:#5a6876\">Questions? <a href=\""
                + escape(supportUrl)
                + "\" style=\"color:#0b6e4f\">Contact "
                + brand
                + "</a></p>"
                + "</div></body></html>";
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
