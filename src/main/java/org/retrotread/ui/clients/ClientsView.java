package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.HistoryRow;
import org.retrotread.ui.common.Focus;
import org.retrotread.ui.common.SessionPaper;

/**
 * Clients: a searchable list, the chosen client's profile and their sessions. Keys: type to search,
 * Down into the list, Enter to the profile, Ctrl+S saves, Ctrl+N a new client, Esc back to the start.
 */
public final class ClientsView {

    private final BorderPane page = new BorderPane();
    private final StackPane sessionLayer = new StackPane();
    private final StackPane root = new StackPane(page, sessionLayer);
    private final ClientsViewModel model;
    private final Messages text;
    private final TextField nameField = new TextField();
    private final TabPane tabs = new TabPane();

    /**
     * What the clients screen can put on paper or in files.
     *
     * @param session  a past session, printed or saved
     * @param sessions the sessions of a client (or, with none, of everyone) saved as CSV
     * @param fitZip   a client's sessions of a period as one zip of FIT files ({@code tcxZip}: of TCX files)
     */
    public record Papers(LongFunction<SessionPaper> session, SessionsCsv sessions, ProgressReport report,
                         ProgressReport printReport, ProgressReport fitZip, ProgressReport tcxZip, ClientPaper auditPdf, ClientPaper auditPrint,
                         Optional<HomeVisit> homeVisit) {
    }

    /** A clinic workstation's moves between the server and a laptop's file (none on a laptop). */
    public interface HomeVisit {
        /** The client, with their sessions, plans and walk tests, copied into a laptop's file for a home visit. */
        void copyOut(long clientId, String clientName, Node owner, Consumer<String> notice);

        /** A laptop's records (a home visit's, or a laptop moving in) brought into the clinic server. */
        void bringIn(Node owner, Consumer<String> notice);
    }

    /** Something about one client saved as a PDF or printed (their audit trail). */
    public interface ClientPaper {
        void make(long clientId, Node owner, Consumer<String> notice);
    }

    /** Something about a client over a period: the progress report (a PDF or printed), the sessions as files. */
    public interface ProgressReport {
        void make(long clientId, LocalDate from, LocalDate to, Node owner,
                  Consumer<String> notice);
    }

    /** Saves sessions as CSV: one client's, or everyone's. */
    public interface SessionsCsv {
        void save(Optional<Long> clientId, Node owner, Consumer<String> notice);
    }

    private final Papers papers;

    /** Set by the first Esc with unsaved edits: the second one leaves. */
    private boolean leaveWarned;

    public ClientsView(ClientsViewModel model, Runnable onBack, Papers papers) {
        this.model = model;
        this.papers = papers;
        this.text = model.text();
        Label title = new Label(text.text("ui.clients.title"));
        title.getStyleClass().add("screen-title");
        Label notice = new Label();
        notice.setId("clients-notice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        page.setTop(new HBox(24, title, notice));
        page.setLeft(list());
        Tab sessions = new Tab(text.text("ui.clients.tabSessions"), historyTable());
        Tab walk = new Tab(text.text("ui.clients.tabWalkTest"),
                new WalkTestPane(model.walkTests()).node());
        walk.setId("tab-walk-test");
        Tab progress = new Tab(text.text("ui.clients.tabProgress"),
                new ProgressPane(model, papers).node());
        progress.setId("tab-progress");
        Tab clinical = new Tab(text.text("ui.clients.tabClinical"), ClientForms.clinical(model, text));
        clinical.setId("tab-clinical");
        Tab audit = new Tab(text.text("ui.clients.tabAudit"),
                new AuditPane(model, papers.auditPdf(), papers.auditPrint()).node());
        audit.setId("tab-audit");
        audit.setOnSelectionChanged(e -> {
            if (audit.isSelected()) {
                model.audit().refresh(); // what was changed, exported or corrected since it was shown
            }
        });
        tabs.getTabs().setAll(sessions, walk, progress, clinical, audit);
        tabs.setId("client-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox centre = new VBox(16, ClientForms.profile(model, text, nameField), tabs);
        // On a small laptop screen the page scrolls rather than hide the chart below the window's edge.
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 24));
        page.setCenter(scroll);
        Label hint = new Label(text.text("ui.clients.hint"));
        hint.getStyleClass().add("keys");
        hint.setWrapText(true);
        page.setBottom(new VBox(8, exports(), hint));
        page.getStyleClass().add("clients");
        sessionLayer.setVisible(false);
        sessionLayer.getStyleClass().add("overlay-layer");
        model.openSessionProperty().addListener((o, was, now) -> showSession(now));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                e.consume();
                model.save();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                e.consume();
                startNewClient();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.TAB) {
                e.consume(); // from anywhere on the screen, not only inside the tabs
                var selection = tabs.getSelectionModel();
                selection.select((selection.getSelectedIndex() + 1) % tabs.getTabs().size());
                if (selection.getSelectedIndex() == 1) {
                    Focus.onceShown(root.lookup("#walk-seconds"));
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (sessionLayer.isVisible()) {
                    model.open(null); // Esc closes an open session first, then leaves the screen
                } else if (model.hasUnsavedChanges() && !leaveWarned) {
                    leaveWarned = true; // as the plan editor: said once, and a second Esc leaves without saving
                    model.noticeProperty().set(text.text("ui.clients.unsaved"));
                } else {
                    onBack.run();
                }
            }
        });
    }

    private VBox list() {
        TextField search = new TextField();
        search.setId("clients-search");
        search.setPromptText(text.text("ui.clients.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<ClientOverview> list = new ListView<>(model.shown());
        list.setId("clients-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClientOverview item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.client().name()
                        + item.client().identifier().map(id -> "  \u00b7 " + id).orElse("")
                        + (item.client().archived() ? "  (" + text.text("ui.clients.archived") + ")" : "")
                        + "\n" + model.overviewLine(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.edit(now.client());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                nameField.requestFocus();
            }
        });
        Button add = new Button(text.text("ui.clients.new"));
        add.setId("clients-new");
        add.setOnAction(e -> startNewClient());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, search, list, add);
        box.setPrefWidth(360);
        Focus.onceShown(search);
        return box;
    }

    /**
     * A new client named after the search: the caret goes after that name (a field focused by
     * keyboard selects all its text, and the first key typed would replace the name).
     */
    private void startNewClient() {
        model.newClient();
        nameField.requestFocus();
        Platform.runLater(nameField::end);
    }

    private TableView<HistoryRow> historyTable() {
        TableView<HistoryRow> table = new TableView<>(model.history());
        table.setId("client-history");
        table.setPlaceholder(new Label(text.text("ui.clients.noSessions")));
        String[] headings = {"date", "plan", "mode", "duration", "handsFree", "maxSpeed", "grade", "heartRate", "pain", "ending"};
        for (int i = 0; i < headings.length; i++) {
            int column = i;
            TableColumn<HistoryRow, String> c = new TableColumn<>(text.text("ui.clients.history." + headings[i]));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.historyCells(cell.getValue())[column]));
            table.getColumns().add(c);
        }
        // Room for what the cells hold (a date and time, a plan's name); the rest share what is left.
        double[] widths = {140, 160, 80, 65, 95, 90, 70, 90, 80, 100};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.getStyleClass().add("history-table");
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setRowFactory(v -> {
            TableRow<HistoryRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }




    /** A past session over the page (see {@link SessionCard}). */
    private void showSession(SessionDetail session) {
        sessionLayer.getChildren().clear();
        sessionLayer.setVisible(session != null);
        if (session != null) {
            sessionLayer.getChildren().add(new SessionCard(model, session, papers.session().apply(session.record().id())).node());
        }
    }

    /** The client's sessions, or everyone's, as a CSV file. */
    private Node exports() {
        Button mine = new Button(text.text("ui.clients.sessionsCsv"));
        mine.setId("sessions-csv");
        mine.disableProperty().bind(model.editingProperty().isNull());
        mine.setOnAction(e -> papers.sessions().save(Optional.of(model.editingProperty().get().id()), root,
                model.noticeProperty()::set));
        Button all = new Button(text.text("ui.clients.allSessionsCsv"));
        all.setId("all-sessions-csv");
        all.setOnAction(e -> papers.sessions().save(Optional.empty(), root, model.noticeProperty()::set));
        FlowPane row = new FlowPane(12, 8, mine, all); // wraps on a narrow window, never cutting a button's words
        papers.homeVisit().ifPresent(visit -> {
            Button out = new Button(text.text("ui.homeVisit.copy"));
            out.setId("home-visit-copy");
            out.disableProperty().bind(model.editingProperty().isNull());
            out.setOnAction(e -> visit.copyOut(model.editingProperty().get().id(), model.editingProperty().get().name(), root,
                    model.noticeProperty()::set));
            Button in = new Button(text.text("ui.homeVisit.bringIn"));
            in.setId("home-visit-bring-in");
            in.setOnAction(e -> visit.bringIn(root, model.noticeProperty()::set));
            row.getChildren().addAll(out, in);
        });
        return row;
    }

    public Parent node() {
        return root;
    }
}
