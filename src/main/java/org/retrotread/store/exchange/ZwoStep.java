package org.retrotread.store.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.retrotread.session.text.Message;

/** One step of a Zwift workout as written: its tag, where it is, and its attributes (names compared ignoring case). */
record ZwoStep(String tag, int line, int step, Map<String, String> attributes, boolean textEvent) {

    Optional<String> get(String name) {
        return attributes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    boolean has(String name) {
        return get(name).isPresent();
    }

    /** True when a speed in this step can only come from a share of the reference pace. */
    boolean needsPace() {
        return !has("Speed") && !has("SpeedLow") && !has("OnSpeed") && (has("Power") || has("PowerLow") || has("OnPower"));
    }

    /** Zwift's pace number (0 mile, 1 5 km, 2 10 km, 3 half, 4 full marathon), or -1. */
    int pace() {
        return get("pace").filter(p -> p.strip().matches("[0-4]")).map(p -> Integer.parseInt(p.strip())).orElse(-1);
    }

    String kind() {
        return tag.toLowerCase(Locale.ROOT);
    }

    Message at(Message what) {
        return Message.of("planFile.atStep", line, step, what);
    }
}
