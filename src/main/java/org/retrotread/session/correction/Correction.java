package org.retrotread.session.correction;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One structured correction: the field, the event it names (for check-ins, speed entries and notes) and the
 * new value in its canonical form, the form it is stored in: a score "0".."10" or "" for none, a speed in
 * metres per second, an {@code Ending} name, a note's text. Who, when and why live with the amendment that
 * carries it.
 */
public record Correction(CorrectedField field, OptionalLong eventSeq, String value) {

    public Correction {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(eventSeq, "eventSeq");
        Objects.requireNonNull(value, "value");
        if (field.namesAnEvent() != eventSeq.isPresent()) {
            throw new IllegalArgumentException(field + (field.namesAnEvent() ? " names an event" : " names no event"));
        }
    }

    public static Correction of(CorrectedField field, String value) {
        return new Correction(field, OptionalLong.empty(), value);
    }

    public static Correction ofEvent(CorrectedField field, long seq, String value) {
        return new Correction(field, OptionalLong.of(seq), value);
    }
}
