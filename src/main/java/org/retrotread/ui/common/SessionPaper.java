package org.retrotread.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * One finished session on paper or in a file: printed (the system's dialog), saved as a PDF sheet,
 * its events saved as CSV, or the session as a FIT or TCX activity for training logs. Each asks where to save, works off the screen's thread, and tells the
 * screen what happened through {@code notice}.
 */
public interface SessionPaper {

    void print(Node owner, Consumer<String> notice);

    void savePdf(Node owner, Consumer<String> notice);

    void saveEventsCsv(Node owner, Consumer<String> notice);

    /** The session as a Training Center XML (TCX) activity, which Garmin Connect and Strava import. */
    void saveTcx(Node owner, Consumer<String> notice);

    /** The session as a FIT activity file (Garmin's format), which Garmin Connect, Strava and training logs import. */
    void saveFit(Node owner, Consumer<String> notice);

    /** For screens under test that print nothing. */
    static SessionPaper none() {
        return new SessionPaper() {
            public void print(Node owner, Consumer<String> notice) { }
            public void savePdf(Node owner, Consumer<String> notice) { }
            public void saveEventsCsv(Node owner, Consumer<String> notice) { }
            public void saveTcx(Node owner, Consumer<String> notice) { }
            public void saveFit(Node owner, Consumer<String> notice) { }
        };
    }
}
