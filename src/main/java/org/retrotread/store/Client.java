package org.retrotread.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * A patient or athlete.
 *
 * @param id         0 for a client not yet saved
 * @param maxSpeed   the fastest the clinician allows; prompts are capped at it
 * @param archived   hidden from lists but kept, with their sessions
 * @param clinical   what a physiotherapist writes first: referral, side, surgery, precautions, goals
 * @param safety     the clinician's limits beyond speed: the steepest grade, the heart-rate ceiling
 */
public record Client(long id, String name, Optional<String> identifier, Optional<LocalDate> dateOfBirth,
                     Optional<BodyMass> bodyMass, Optional<Speed> maxSpeed, String notes, boolean archived, Clinical clinical,
                     Safety safety) {

    public Client {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a client needs a name");
        }
        notes = notes == null ? "" : notes;
        clinical = clinical == null ? Clinical.NONE : clinical;
        safety = safety == null ? Safety.NONE : safety;
    }

    /** A client with no limits beyond speed on record. */
    public Client(long id, String name, Optional<String> identifier, Optional<LocalDate> dateOfBirth, Optional<BodyMass> bodyMass,
                  Optional<Speed> maxSpeed, String notes, boolean archived, Clinical clinical) {
        this(id, name, identifier, dateOfBirth, bodyMass, maxSpeed, notes, archived, clinical, Safety.NONE);
    }

    /** A client with no clinical details on record yet. */
    public Client(long id, String name, Optional<String> identifier, Optional<LocalDate> dateOfBirth, Optional<BodyMass> bodyMass,
                  Optional<Speed> maxSpeed, String notes, boolean archived) {
        this(id, name, identifier, dateOfBirth, bodyMass, maxSpeed, notes, archived, Clinical.NONE);
    }

    /** The side a condition affects. */
    public enum Side { NOT_STATED, LEFT, RIGHT, BOTH }

    /**
     * The clinical details of a client's record.
     *
     * @param referral    the reason for referral or the diagnosis
     * @param precautions precautions and red flags: shown on the start screen and the console whenever set
     */
    public record Clinical(String referral, Side affectedSide, Optional<LocalDate> surgeryDate, String precautions, String goals) {
        public static final Clinical NONE = new Clinical("", Side.NOT_STATED, Optional.empty(), "", "");

        public Clinical {
            referral = referral == null ? "" : referral.strip();
            precautions = precautions == null ? "" : precautions.strip();
            goals = goals == null ? "" : goals.strip();
            affectedSide = affectedSide == null ? Side.NOT_STATED : affectedSide;
        }
    }

    /**
     * The clinician's limits beyond speed.
     *
     * @param maxGrade the steepest incline allowed; grade prompts are capped at it and steeper entries refused
     * @param heartRate the heart-rate ceiling, and whether heart rate is a guide at all for this client
     */
    public record Safety(Optional<Grade> maxGrade, HeartRateGuide heartRate) {
        public static final Safety NONE = new Safety(Optional.empty(), HeartRateGuide.NONE);

        public Safety {
            maxGrade = maxGrade == null ? Optional.empty() : maxGrade;
            heartRate = heartRate == null ? HeartRateGuide.NONE : heartRate;
        }

        public Optional<HeartRate> heartRateCeiling() {
            return heartRate.ceiling();
        }
    }

    /** A new client with just a name, the quickest way to start a session. */
    public static Client named(String name) {
        return new Client(0, name.strip(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", false);
    }
}
