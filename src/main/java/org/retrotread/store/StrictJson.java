package org.retrotread.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON as RFC 8259 writes it and nothing more: no comments, no single quotes, no unquoted names, nothing after
 * the value, and no name given twice in one object (a second {@code "name"} is an error, never "the last one
 * wins"). Remembers the line each value starts on, so a refusal can say where to look.
 */
final class StrictJson {

    private static final Pattern LINE = Pattern.compile(" at line (\\d+) column (\\d+)");

    /** A parsed document and the line of each value, by its path ({@code plan.blocks[2].stepMs}). */
    record Parsed(JsonElement root, Map<String, Integer> lines) {

        /** The line of {@code path}, or of the nearest enclosing value that is there (for a missing field). */
        int lineOf(String path) {
            for (String p = path; !p.isEmpty(); p = parent(p)) {
                Integer line = lines.get(p);
                if (line != null) {
                    return line;
                }
            }
            return lines.getOrDefault("", 1);
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /** Why the text is not strict JSON, and where. */
    static final class Refused extends Exception {
        final int line;

        Refused(String what, int line) {
            super(what);
            this.line = line;
        }
    }

    private StrictJson() {
    }

    static Parsed parse(String text) throws Refused {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        Map<String, Integer> lines = new HashMap<>();
        try {
            JsonElement root = value(reader, "", lines);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Refused("more after the end of the document", line(reader));
            }
            return new Parsed(root, lines);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : line(reader);
            String what = String.valueOf(e.getMessage()).replaceAll(" at line \\d+ column \\d+ path \\S*", "")
                    .replaceAll("\\s*See https://\\S+", "").strip();
            throw new Refused(what, line);
        }
    }

    private static JsonElement value(JsonReader reader, String path, Map<String, Integer> lines) throws IOException, Refused {
        JsonToken token = reader.peek();
        lines.put(path, line(reader));
        switch (token) {
            case BEGIN_OBJECT -> {
                JsonObject o = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    int at = line(reader);
                    String name = reader.nextName();
                    if (o.has(name)) {
                        throw new Refused("\"" + name + "\" is given twice in " + (path.isEmpty() ? "the document" : path), at);
                    }
                    o.add(name, value(reader, path.isEmpty() ? name : path + "." + name, lines));
                }
                reader.endObject();
                return o;
            }
            case BEGIN_ARRAY -> {
                JsonArray a = new JsonArray();
                reader.beginArray();
                for (int i = 0; reader.hasNext(); i++) {
                    a.add(value(reader, path + "[" + i + "]", lines));
                }
                reader.endArray();
                return a;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new Refused("a value was expected", line(reader));
        }
    }

    /** The line the reader is at (JsonReader says it only in its description). */
    private static int line(JsonReader reader) {
        Matcher m = LINE.matcher(reader.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
