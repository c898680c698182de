package org.retrotread.ui.common;

import java.util.Locale;
import javafx.scene.Scene;

/** The two looks: light, and the dark high-contrast one for a dim gym. Stored by name in the settings. */
public enum Theme {
    LIGHT, DARK;

    /** The theme a stored setting names; anything else (none yet, an older value) is light. */
    public static Theme named(String stored) {
        return "dark".equals(stored) ? DARK : LIGHT;
    }

    /** How the setting is stored. */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Theme toggled() {
        return this == DARK ? LIGHT : DARK;
    }

    /** Applies this theme to a scene: the dark stylesheet over the base one, or not. */
    public void applyTo(Scene scene) {
        String dark = Theme.class.getResource("/org/retrotread/ui/theme-dark.css").toExternalForm();
        scene.getStylesheets().remove(dark);
        if (this == DARK) {
            scene.getStylesheets().add(dark);
        }
    }
}
