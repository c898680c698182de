package org.retrotread.ui.plans;

import java.nio.file.Path;
import java.util.Locale;

/** Which reader a plan file goes to, by the name it ends with (as each tool names its files). */
public enum PlanFormat {
    /** Retrotread's own JSON ({@code .retrotread-plan.json}), and anything not named as another tool's. */
    RETROTREAD,
    /** A QZ (qdomyos-zwift) training programme, {@code .xml}. */
    QZ,
    /** A Zwift workout, {@code .zwo}. */
    ZWIFT;

    /** A file name for a plan of this name exported in this format (Retrotread's or QZ's), safe for every file system. */
    String fileName(String planName) {
        String safe = planName.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return (safe.isEmpty() ? "plan" : safe) + (this == QZ ? ".xml" : ".retrotread-plan.json");
    }

    static PlanFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zwo")) {
            return ZWIFT;
        }
        return name.endsWith(".xml") ? QZ : RETROTREAD;
    }
}
