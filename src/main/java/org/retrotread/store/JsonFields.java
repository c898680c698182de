package org.retrotread.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Locale;
import org.retrotread.session.text.HiddenCharacters;
import org.retrotread.session.text.Message;

/**
 * Reads fields of a JSON object, saying exactly which one is missing or of the wrong kind
 * ({@code plan.blocks[2].stepMs}), so a person can mend a file by hand.
 */
final class JsonFields {

    private JsonFields() {
    }

    static JsonObject object(JsonObject o, String field, String path) throws PlanFileProblem {
        JsonElement e = present(o, field, path);
        if (!e.isJsonObject()) {
            throw wrong(path, field, "object");
        }
        return e.getAsJsonObject();
    }

    static JsonArray array(JsonObject o, String field, String path) throws PlanFileProblem {
        JsonElement e = present(o, field, path);
        if (!e.isJsonArray()) {
            throw wrong(path, field, "list");
        }
        return e.getAsJsonArray();
    }

    static String text(JsonObject o, String field, String path) throws PlanFileProblem {
        JsonElement e = present(o, field, path);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw wrong(path, field, "text");
        }
        String value = e.getAsString();
        int bad = value.codePoints().filter(JsonFields::hidden).findFirst().orElse(-1);
        if (bad >= 0) {
            throw new PlanFileProblem(Message.of("planFile.hiddenCharacter", at(path, field), String.format("U+%04X", bad)));
        }
        return value;
    }

    static double number(JsonObject o, String field, String path) throws PlanFileProblem {
        JsonElement e = present(o, field, path);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || !Double.isFinite(e.getAsDouble())) {
            throw wrong(path, field, "number");
        }
        return e.getAsDouble();
    }

    static boolean flag(JsonObject o, String field, String path) throws PlanFileProblem {
        JsonElement e = present(o, field, path);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw wrong(path, field, "true or false");
        }
        return e.getAsBoolean();
    }

    static long whole(JsonObject o, String field, String path) throws PlanFileProblem {
        double value = number(o, field, path);
        if (value != Math.rint(value) || Math.abs(value) > 1e15) {
            throw wrong(path, field, "whole number");
        }
        return (long) value;
    }

    static <E extends Enum<E>> E choice(JsonObject o, String field, Class<E> type, String path) throws PlanFileProblem {
        String value = text(o, field, path);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlanFileProblem(Message.of("planFile.unknownValue", at(path, field), value,
                    Arrays.toString(type.getEnumConstants())));
        }
    }

    /** In a plan's name, a character that makes what is shown differ from what is stored. */
    private static boolean hidden(int c) {
        return HiddenCharacters.isHidden(c);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static JsonElement present(JsonObject o, String field, String path) throws PlanFileProblem {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            throw new PlanFileProblem(Message.of("planFile.missing", at(path, field)));
        }
        return e;
    }

    private static PlanFileProblem wrong(String path, String field, String expected) {
        return new PlanFileProblem(Message.of("planFile.wrongKind", at(path, field), expected));
    }
}
