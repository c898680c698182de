package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.retrotread.i18n.Messages;

/**
 * Dates as people type them: the language's short numeric date with a four-digit year (3/28/1956,
 * 28.03.1956), or ISO (1956-03-28). The plain SHORT style has two digits, and 56 would read as 2056.
 */
final class DateInput {

    private final Messages text;

    DateInput(Messages text) {
        this.text = text;
    }

    DateTimeFormatter format() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
                text.locale());
        // Four-digit years, as proleptic years ("u"): a strict reading needs them, and strict is the point.
        pattern = pattern.replaceAll("y+", "uuuu");
        return DateTimeFormatter.ofPattern(pattern, text.locale()).withResolverStyle(ResolverStyle.STRICT);
    }

    /** What the field shows before anything is typed: the form to type, in this language's order. */
    String prompt() {
        return text.format("ui.clients.datePrompt", show(LocalDate.of(1956, 3, 28)));
    }

    String show(LocalDate date) {
        return format().format(date);
    }

    /**
     * The date typed, or the sentence saying what to type instead; never in the future, and never a date
     * that does not exist (31 February is refused, not quietly made 29 February).
     */
    Result read(String typed, LocalDate today) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, format()}) {
            if (!parses(typed.strip(), f) && parses(typed.strip(), f.withResolverStyle(ResolverStyle.LENIENT))) {
                // Written as a date, but no such day: say so, rather than move it to one that exists.
                return new Result(Optional.empty(), text.format("ui.clients.dateImpossible", typed.strip(),
                        show(LocalDate.of(1956, 3, 28))));
            }
            try {
                LocalDate date = LocalDate.parse(typed.strip(), f);
                return date.isAfter(today) ? new Result(Optional.empty(), text.text("ui.clients.dateInFuture"))
                        : new Result(Optional.of(date), "");
            } catch (DateTimeParseException tryTheNext) {
                // the next form
            }
        }
        return new Result(Optional.empty(), text.format("ui.clients.dateExample", show(LocalDate.of(1956, 3, 28))));
    }

    private static boolean parses(String typed, DateTimeFormatter f) {
        try {
            LocalDate.parse(typed, f);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    record Result(Optional<LocalDate> date, String problem) {
    }
}
