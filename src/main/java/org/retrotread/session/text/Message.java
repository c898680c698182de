package org.retrotread.session.text;

import java.util.List;
import java.util.Objects;

/**
 * Something the engine has to say to a person: a resource-bundle key and its arguments.
 *
 * <p>The engine never formats text itself, so that the same refusal reads correctly in every
 * language and every display unit. Arguments may be {@code Speed}, {@code Duration}, numbers or
 * strings; {@code org.retrotread.i18n.Messages} knows how to render each.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
