package org.retrotread.ui.start;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.StarterPlans;

/** The start screen's state: the plans to choose from and the one chosen. */
public final class StartViewModel {

    private final List<StarterPlans.Starter> starters;
    private final ObjectProperty<StarterPlans.Starter> selected = new SimpleObjectProperty<>();
    private final Messages text;
    private final Path database;
    private final boolean readOnly;
    private final StringProperty notice = new SimpleStringProperty("");

    /**
     * @param database where sessions are saved, shown so a person knows where their records are
     * @param readOnly the database can be read but not written: sessions would not be saved
     */
    public StartViewModel(Messages text, Path database, boolean readOnly) {
        this.text = text;
        this.database = database;
        this.readOnly = readOnly;
        this.starters = StarterPlans.all(text::text);
        selected.set(starters.get(0));
    }

    public String dataLine() {
        return text.format("ui.start.dataLine", database);
    }

    public boolean readOnly() {
        return readOnly;
    }

    public String readOnlyText() {
        return text.format("store.readOnly", database);
    }

    /** News for the person: a backup written, a restore refused. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public List<StarterPlans.Starter> starters() {
        return starters;
    }

    public ObjectProperty<StarterPlans.Starter> selectedProperty() {
        return selected;
    }

    /** The chosen plan's description, length and mode, as one paragraph. */
    public String describe(StarterPlans.Starter starter) {
        if (starter == null) {
            return "";
        }
        return text.text(starter.descriptionKey()) + "\n\n" + text.format("ui.start.planFacts",
                Messages.clock(starter.plan().plannedDuration()), starter.plan().blocks().size(),
                text.text("TreadmillMode." + starter.plan().mode().name()));
    }

    public Messages text() {
        return text;
    }
}
