package org.retrotread.ui.common;

import java.io.File;
import java.nio.file.Path;
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
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                File file = chooser.showOpenDialog(owner.getScene().getWindow());
                return Optional.ofNullable(file).map(File::toPath);
            }
        };
    }
}
