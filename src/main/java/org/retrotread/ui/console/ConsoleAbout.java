package org.retrotread.ui.console;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Who and what a session is about, set by the app from the session's record: the console's header and summary. */
public final class ConsoleAbout {

    private final StringProperty clientName = new SimpleStringProperty("");
    private final StringProperty precautions = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty progressionNote = new SimpleStringProperty("");

    /** Who is walking (empty for a session without a client). */
    public StringProperty clientNameProperty() { return clientName; }

    /** The client's precautions and red flags, shown in the header whenever set. */
    public StringProperty precautionsProperty() { return precautions; }

    /** Who runs the session. */
    public StringProperty operatorProperty() { return operator; }

    /** Why this session's speeds are what they are, when a weekly progression raised or held them. */
    public StringProperty progressionNoteProperty() { return progressionNote; }
}
