package org.retrotread.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;

/**
 * A message kept in the database as JSON ({@code {"key": …, "args": […]}}), so that it is said again in
 * whatever language and unit the reader uses, not frozen in the words of the day it was written.
 * Arguments are whole numbers, decimals, text or speeds ({@code {"mps": …}}).
 */
final class MessageCodec {

    private MessageCodec() {
    }

    static String toJson(Message message) {
        JsonObject o = new JsonObject();
        o.addProperty("key", message.key());
        JsonArray args = new JsonArray();
        for (Object a : message.args()) {
            if (a instanceof Speed s) {
                JsonObject speed = new JsonObject();
                speed.addProperty("mps", s.metresPerSecond());
                args.add(speed);
            } else if (a instanceof Number n) {
                args.add(n);
            } else if (a instanceof String t) {
                args.add(t);
            } else {
                throw new IllegalArgumentException("a stored message cannot hold " + a.getClass().getSimpleName());
            }
        }
        o.add("args", args);
        return o.toString();
    }

    static Message fromJson(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        List<Object> args = new ArrayList<>();
        for (JsonElement a : o.getAsJsonArray("args")) {
            if (a.isJsonObject()) {
                args.add(new Speed(a.getAsJsonObject().get("mps").getAsDouble()));
            } else if (a.getAsJsonPrimitive().isNumber()) {
                double d = a.getAsDouble();
                args.add(d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d);
            } else {
                args.add(a.getAsString());
            }
        }
        return new Message(o.get("key").getAsString(), args);
    }
}
