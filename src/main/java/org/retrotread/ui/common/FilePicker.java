package org.retrotread.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * Asks the person for a file. The real one is the system's file dialog; tests give a fixed answer,
 * since a native dialog cannot be driven headless.
 */
public interface FilePicker {

    Optional<Path> save(Node owner, String title, String suggestedName);

    Optional<Path> open(Node owner, String title);

    /**
     * Asks for a file to open, offering {@code kinds} (name patterns such as {@code *.zwo}) to narrow the list; the
     * first kind is shown first. A picker that cannot filter (the tests') just asks.
     */
    default Optional<Path> open(Node owner, String title, List<FileChooser.ExtensionFilter> kinds) {
        return open(owner, title);
    }

    /** The system's file dialogs. */
    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> save(Node owner, String title, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner.getScene().getWindow());
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Node owner, String title) {
                return open(owner, title, List.of());
            }

            @Override
            public Optional<Path> open(Node owner, String title, List<FileChooser.ExtensionFilter> kinds) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(kinds);
                File file = chooser.showOpenDialog(owner.getScene().getWindow());
                return Optional.ofNullable(file).map(File::toPath);
            }
        };
    }
}
