package com.tariffbridge.catalogue.web;

import com.tariffbridge.platform.i18n.Messages;
import com.tariffbridge.tariff.FixedRate;
import com.tariffbridge.tariff.HourBand;
import com.tariffbridge.tariff.MarketRate;
import com.tariffbridge.tariff.Rate;
import com.tariffbridge.tariff.Tariff;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tariff's schedule as lines a person reads: when (months, days, hours) and what a kWh costs, in
 * the page's language. Prices keep up to 5 decimals, as billing set them, and at least 2.
 */
final class PriceLines {

    private static final Set<DayOfWeek> WEEKDAYS =
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Messages msg;
    private final Locale locale;

    PriceLines(Messages msg, Locale locale) {
        this.msg = msg;
        this.locale = locale;
    }

    List<PriceLine> of(Tariff tariff) {
        List<PriceLine> lines = new ArrayList<>();
        for (var entry : tariff.schedule().entries()) {
            String months =
                    entry.months().size() == 12
                            ? ""
                            : entry.months().stream()
                                            .map(m -> m.getDisplayName(TextStyle.SHORT, locale))
                                            .collect(Collectors.joining(", "))
                                    + ": ";
            String dates =
                    entry.dates().isEmpty()
                            ? ""
                            : msg.text("tariffs.dates", joined(entry.dates())) + ": ";
            for (var dh : entry.daysAndHours()) {
                for (HourBand band : dh.hours()) {
                    lines.add(
                            new PriceLine(
                                    months + dates + days(dh.days()) + ", " + hours(band),
                                    price(band, tariff)));
                }
            }
        }
        return lines;
    }

    String money(BigDecimal amount, Tariff tariff) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(tariff.currency());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(5);
        return format.format(amount);
    }

    private String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return msg.text("tariffs.everyDay");
        }
        if (days.equals(WEEKDAYS)) {
            return msg.text("tariffs.weekdays");
        }
        if (days.equals(WEEKEND)) {
            return msg.text("tariffs.weekend");
        }
        return days.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
    }

    private String hours(HourBand band) {
        if (band.validFrom().equals(LocalTime.MIDNIGHT)
                && band.validTo().equals(LocalTime.MIDNIGHT)) {
            return msg.text("tariffs.allDay");
        }
        String to = band.validTo().equals(LocalTime.MIDNIGHT) ? "24:00" : band.validTo().toString();
        return band.validFrom() + "–" + to;
    }

    private String price(HourBand band, Tariff tariff) {
        return band.rates().stream().map(r -> rate(r, tariff)).collect(Collectors.joining("; "));
    }

    private String rate(Rate rate, Tariff tariff) {
        String price =
                rate instanceof FixedRate fixed
                        ? msg.text("tariffs.perKwh", money(fixed.fixed(), tariff))
                        : msg.text(
                                "tariffs.market",
                                ((MarketRate) rate)
                                        .surchargePercentage()
                                        .stripTrailingZeros()
                                        .toPlainString(),
                                money(((MarketRate) rate).surchargeFixed(), tariff));
        return rate.toKwh() == null
                ? price
                : msg.text(
                        "tariffs.upTo", rate.toKwh().stripTrailingZeros().toPlainString(), price);
    }

    private static String joined(Set<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
