package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeParser;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.HeartRateParser;
import org.retrotread.store.Client;

/**
 * The clinician's limits beyond speed, as typed on the clinical page: the steepest grade, the heart-rate ceiling
 * (typed, or taken from an age-predicted maximum whose formula is named), and "heart rate is not a guide".
 */
final class SafetyForm {

    /** The share of the age-predicted maximum offered as a ceiling: the top of the moderate-to-vigorous band. */
    static final int OFFERED_PERCENT = 85;

    final StringProperty maxGrade = new SimpleStringProperty("");
    final StringProperty maxGradeError = new SimpleStringProperty("");
    final StringProperty ceiling = new SimpleStringProperty("");
    final StringProperty ceilingError = new SimpleStringProperty("");
    final BooleanProperty notAGuide = new SimpleBooleanProperty();

    private final Messages text;
    private final Supplier<Optional<LocalDate>> dateOfBirth;

    /** @param dateOfBirth the date of birth as typed so far, when it reads as a date */
    SafetyForm(Messages text, Supplier<Optional<LocalDate>> dateOfBirth) {
        this.text = text;
        this.dateOfBirth = dateOfBirth;
    }

    void show(Client.Safety safety) {
        clearErrors();
        maxGrade.set(safety.maxGrade().map(text::gradeNumber).orElse(""));
        ceiling.set(safety.heartRateCeiling().map(h -> String.valueOf(h.beatsPerMinute())).orElse(""));
        notAGuide.set(safety.heartRate().notAGuide());
    }

    void blank() {
        show(Client.Safety.NONE);
    }

    List<String> fields() {
        return List.of(maxGrade.get(), ceiling.get(), String.valueOf(notAGuide.get()));
    }

    boolean hasErrors() {
        return !maxGradeError.get().isEmpty() || !ceilingError.get().isEmpty();
    }

    void clearErrors() {
        maxGradeError.set("");
        ceilingError.set("");
    }

    /** The limits typed; with an error at a field that is wrong (then the result must not be saved). */
    Client.Safety read() {
        clearErrors();
        Optional<Grade> grade = Optional.empty();
        if (!maxGrade.get().isBlank()) {
            GradeParser.Result read = GradeParser.parse(maxGrade.get());
            if (read instanceof GradeParser.Refused r) {
                maxGradeError.set(text.format(r.reason()));
            } else if (((GradeParser.Parsed) read).grade().isDecline()) {
                maxGradeError.set(text.text("ui.clients.maxGradeNegative"));
            } else {
                grade = Optional.of(((GradeParser.Parsed) read).grade());
            }
        }
        Optional<HeartRate> bpm = Optional.empty();
        if (!ceiling.get().isBlank()) {
            HeartRateParser.Result read = HeartRateParser.parse(ceiling.get());
            if (read instanceof HeartRateParser.Refused r) {
                ceilingError.set(text.format(r.reason()));
            }
            bpm = read.read();
        }
        return new Client.Safety(grade, new HeartRateGuide(bpm, notAGuide.get()));
    }

    /**
     * The ceiling offered from the date of birth: {@link #OFFERED_PERCENT} % of the age-predicted maximum by
     * Tanaka's formula (208 - 0.7 x age; Tanaka 2001, JACC 37:153), which holds for older adults better than
     * 220 - age. Empty without a date of birth, or for an age outside the formula's adults.
     */
    Optional<HeartRate> offeredCeiling() {
        return age().filter(a -> a >= 18 && a <= 100)
                .map(a -> new HeartRate((int) Math.round((208 - 0.7 * a) * OFFERED_PERCENT / 100.0)));
    }

    /** The sentence beside the offer, naming the formula: "85 % of 177 bpm (Tanaka: 208 − 0.7 × age 44)". */
    String offerText() {
        return age().filter(a -> a >= 18 && a <= 100)
                .map(a -> text.format("ui.clients.ceilingOffer", OFFERED_PERCENT, (int) Math.round(208 - 0.7 * a), a,
                        offeredCeiling().orElseThrow().beatsPerMinute()))
                .orElse(text.text("ui.clients.ceilingOfferNeedsAge"));
    }

    /** Puts the offered ceiling into the field; the clinician saves it (or changes it) like any other field. */
    void takeOffer() {
        offeredCeiling().ifPresent(h -> ceiling.set(String.valueOf(h.beatsPerMinute())));
    }

    private Optional<Integer> age() {
        return dateOfBirth.get().map(d -> Period.between(d, LocalDate.now(ZoneId.systemDefault())).getYears());
    }
}
