package org.retrotread.ui.clients;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.retrotread.i18n.Messages;
import org.retrotread.store.Client;
import org.retrotread.ui.common.Forms;

/** The client's profile as forms: who they are (name, identifier, birth, mass, top speed, notes) and the clinical page. */
final class ClientForms {

    private ClientForms() {
    }

    /**
     * What a physiotherapist writes first: referral or diagnosis, the side, the date of surgery, precautions
     * and red flags (shown on the start screen and the console whenever set), goals. Saved with the profile.
     */
    static Node clinical(ClientsViewModel model, Messages text) {
        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        int right = 0; // the row being filled
        form.add(caption(text, "ui.clients.referral"), 0, right);
        form.add(area("client-referral", model.referralProperty(), 2), 1, right++);
        ChoiceBox<Client.Side> side = new ChoiceBox<>();
        side.setId("client-side");
        side.getItems().setAll(Client.Side.values());
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Client.Side s) {
                return s == null ? "" : text.text("Side." + s.name());
            }

            @Override
            public Client.Side fromString(String s) {
                return null;
            }
        });
        side.valueProperty().bindBidirectional(model.sideProperty());
        form.add(caption(text, "ui.clients.side"), 0, right);
        form.add(side, 1, right++);
        form.add(caption(text, "ui.clients.surgeryDate"), 0, right);
        form.add(Forms.withError(prompted(Forms.field("client-surgery", model.surgeryDateProperty()), model.datePrompt()),
                model.surgeryDateErrorProperty(), "client-surgery-error"), 1, right++);
        TextArea precautions = area("client-precautions", model.precautionsProperty(), 2);
        precautions.getStyleClass().add("precautions-field");
        form.add(caption(text, "ui.clients.precautions"), 0, right);
        form.add(precautions, 1, right++);
        form.add(caption(text, "ui.clients.goals"), 0, right);
        form.add(area("client-goals", model.goalsProperty(), 2), 1, right++);
        right = safety(form, right, model, text);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(captions, fields);
        form.setStyle("-fx-padding: 12 0 0 0;");
        return form;
    }

    /**
     * The limits beyond speed: the steepest grade, the heart-rate ceiling with the offer from the date of birth
     * (its formula named), and "heart rate is not a guide", which turns the ceiling off and puts effort first.
     */
    private static int safety(GridPane form, int row, ClientsViewModel model, Messages text) {
        SafetyForm safety = model.safety();
        form.add(caption(text, "ui.clients.maxGrade"), 0, row);
        form.add(Forms.withError(Forms.field("client-max-grade", safety.maxGrade), safety.maxGradeError, "client-max-grade-error"),
                1, row++);
        form.add(caption(text, "ui.clients.ceiling"), 0, row);
        TextField ceiling = Forms.field("client-ceiling", safety.ceiling);
        Label offer = new Label();
        offer.setId("client-ceiling-offer");
        offer.setWrapText(true);
        // Follows the date of birth as it is typed (or shown for another client): the offer is always this age's.
        offer.textProperty().bind(Bindings.createStringBinding(safety::offerText, model.dateOfBirthProperty()));
        Button take = Forms.button("client-ceiling-take", text.text("ui.clients.ceilingTake"), safety::takeOffer);
        take.setMinWidth(Region.USE_PREF_SIZE);
        HBox offerLine = new HBox(12, take, offer);
        form.add(new VBox(4, Forms.withError(ceiling, safety.ceilingError, "client-ceiling-error"), offerLine),
                1, row++);
        CheckBox notAGuide = new CheckBox(text.text("ui.clients.notAGuide"));
        notAGuide.setId("client-not-a-guide");
        notAGuide.setWrapText(true);
        notAGuide.selectedProperty().bindBidirectional(safety.notAGuide);
        ceiling.disableProperty().bind(notAGuide.selectedProperty());
        take.disableProperty().bind(notAGuide.selectedProperty().or(Bindings.createBooleanBinding(
                () -> safety.offeredCeiling().isEmpty(), model.dateOfBirthProperty())));
        form.add(notAGuide, 1, row++);
        return row;
    }

    static GridPane profile(ClientsViewModel model, Messages text, TextField nameField) {
        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        nameField.setId("client-name");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        int row = 0;
        form.addRow(row++, caption(text, "ui.clients.name"), Forms.withError(nameField, model.nameErrorProperty(), "client-name-error"));
        form.addRow(row++, caption(text, "ui.clients.identifier"), Forms.withError(Forms.field("client-identifier", model.identifierProperty()),
                model.identifierWarningProperty(), "client-identifier-warning"));
        form.addRow(row++, caption(text, "ui.clients.dateOfBirth"),
                Forms.withError(prompted(Forms.field("client-dob", model.dateOfBirthProperty()), model.datePrompt()),
                        model.dateErrorProperty(), "client-dob-error"));
        form.addRow(row++, caption(text, "ui.clients.bodyMass"),
                Forms.withError(Forms.field("client-mass", model.bodyMassProperty()), model.massErrorProperty(), "client-mass-error"));
        form.addRow(row++, caption(text, text.format("ui.clients.maxSpeed", text.unit().symbol())),
                Forms.withError(Forms.field("client-max-speed", model.maxSpeedProperty()), model.speedErrorProperty(), "client-max-speed-error"));
        form.addRow(row++, caption(text, "ui.clients.notes"), area("client-notes", model.notesProperty(), 2));
        CheckBox archived = new CheckBox(text.text("ui.clients.archive"));
        archived.setId("client-archived");
        archived.selectedProperty().bindBidirectional(model.archivedProperty());
        archived.setWrapText(true);
        Button save = new Button(text.text("ui.clients.save"));
        save.setId("client-save");
        save.setOnAction(e -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(row, new Label(), new HBox(24, save, archived));
        return form;
    }

    private static Label caption(Messages text, String keyOrText) {
        return Forms.caption(keyOrText.startsWith("ui.") ? text.text(keyOrText) : keyOrText);
    }

    /** A field that shows, before anything is typed, what to type. */
    private static TextField prompted(TextField field, String prompt) {
        field.setPromptText(prompt);
        return field;
    }

    /** A text of a few lines that wraps (notes, referral, precautions, goals): never a line running off the field. */
    private static TextArea area(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
