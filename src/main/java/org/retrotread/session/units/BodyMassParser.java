package org.retrotread.session.units;

import org.retrotread.session.text.Message;

/**
 * Reads a body mass as typed into a profile: {@code 70}, {@code 72.5}, {@code 72,5 kg}. The number rules
 * are {@link TypedDecimal}'s; the range is {@link BodyMass}'s, said in the refusal so the reader knows
 * what is accepted.
 */
public final class BodyMassParser {

    private BodyMassParser() {
    }

    /** The outcome of reading one typed body mass: a mass, or why there is none. */
    public sealed interface Result permits Parsed, Refused {
    }

    public record Parsed(BodyMass mass) implements Result {
    }

    public record Refused(Message reason) implements Result {
    }

    public static Result parse(String typed) {
        var kilograms = TypedDecimal.read(typed, "kg");
        if (kilograms.isEmpty()) {
            String shown = typed == null ? "" : typed.strip();
            return new Refused(Message.of("ui.clients.massNotANumber", shown, (int) BodyMass.MIN_KG, (int) BodyMass.MAX_KG));
        }
        double kg = kilograms.get();
        if (kg < BodyMass.MIN_KG || kg > BodyMass.MAX_KG) {
            return new Refused(Message.of("ui.clients.massRange", (int) BodyMass.MIN_KG, (int) BodyMass.MAX_KG));
        }
        return new Parsed(new BodyMass(kg));
    }
}
