package com.redress.sla.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The public holidays for all citizens that 全国年节及纪念日放假办法 (as amended by State Council Decree No. 795, in force
 * from 2025) fixes for a year, computed from the Chinese lunar calendar and the solar terms by the {@code cn.6tail:lunar}
 * library rather than typed in:
 *
 * <ul>
 * <li>元旦 New Year's Day, 1 January;
 * <li>春节 Spring Festival, 农历除夕 and 正月初一 to 初三;
 * <li>清明节 Qingming Festival, the day of the Qingming solar term (China Standard Time);
 * <li>劳动节 Labour Day, 1 and 2 May;
 * <li>端午节 Dragon Boat Festival, 农历五月初五;
 * <li>中秋节 Mid-Autumn Festival, 农历八月十五;
 * <li>国庆节 National Day, 1 to 3 October.
 * </ul>
 *
 * <p>These are the statutory days only: the State Council's yearly arrangement adds bridge days, make-up working days
 * (调休) and, for a holiday falling on a Saturday or Sunday, a weekday in compensation (补假).
 *
 * <p>{@link #main} prints the calendar-file lines of a year: {@code java ... MainlandStatutoryHolidays 2028}.
 */
final class MainlandStatutoryHolidays {

    private MainlandStatutoryHolidays() {
    }

    /** One statutory holiday: the dates {@code from}..{@code to} inclusive. */
    record Holiday(LocalDate from, LocalDate to, String name) {

        Stream<LocalDate> dates() {
            return from.datesUntil(to.plusDays(1));
        }

        /** The holiday as a line of a calendar file's {@code holidays}. */
        String yamlLine() {
            String when = from.equals(to) ? "date: " + from : "from: " + from + ", to: " + to;
            return "  - {" + when + ", name: " + name + "}";
        }
    }

    /** The statutory holidays of {@code year}, in the order of the year. */
    static List<Holiday> of(int year) {
        LocalDate springFestival = gregorian(Lunar.fromYmd(year, 1, 1).getSolar());
        return List.of(
                single(LocalDate.of(year, 1, 1), "元旦 New Year's Day"),
                new Holiday(springFestival.minusDays(1), springFestival.plusDays(2),
                        "春节 Spring Festival (除夕 to 正月初三)"),
                single(qingming(year), "清明节 Qingming Festival"),
                new Holiday(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2), "劳动节 Labour Day"),
                single(gregorian(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节 Dragon Boat Festival"),
                single(gregorian(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节 Mid-Autumn Festival"),
                new Holiday(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 3), "国庆节 National Day"));
    }

    /** The lines of a calendar file's {@code holidays} that list {@code holidays}. */
    static String yaml(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::yamlLine).collect(Collectors.joining("\n"));
    }

    /** The day of the Qingming solar term (太阳黄经 15°) in {@code year}, in China Standard Time. */
    static LocalDate qingming(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(date -> "清明".equals(Solar.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                        .getLunar().getJieQi()))
                .reduce((first, second) -> {
                    throw new IllegalStateException("two Qingming days in " + year + ": " + first + ", " + second);
                })
                .orElseThrow(() -> new IllegalStateException("no Qingming day in " + year));
    }

    private static Holiday single(LocalDate date, String name) {
        return new Holiday(date, date, name);
    }

    private static LocalDate gregorian(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    public static void main(String[] args) {
        for (String year : args) {
            System.out.println(yaml(of(Integer.parseInt(year))));
        }
    }
}
