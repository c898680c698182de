package org.retrotread.ui.start;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.StarterPlans;

/** The start screen's state: the plans to choose from and the one chosen. */
public final class StartViewModel {

    private final List<StarterPlans.Starter> starters;
    private final ObjectProperty<StarterPlans.Starter> selected = new SimpleObjectProperty<>();
    private final Messages text;

    public StartViewModel(Messages text) {
        this.text = text;
        this.starters = StarterPlans.all(text::text);
        selected.set(starters.get(0));
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
