package org.retrotread.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import org.retrotread.ui.common.FilePicker;

/** A file picker that answers what the test told it to, in order (a native dialog cannot run headless). */
public final class ScriptedFiles implements FilePicker {

    private final Deque<Path> answers = new ArrayDeque<>();
    /** The title of every dialog asked for, in order: what the person would read at the top of it. */
    public final List<String> titles = new CopyOnWriteArrayList<>();
    /** The file name each save dialog offered. */
    public final List<String> names = new CopyOnWriteArrayList<>();

    public ScriptedFiles answer(Path path) {
        answers.add(path);
        return this;
    }

    @Override
    public Optional<Path> save(Node owner, String title, String suggestedName) {
        titles.add(title);
        names.add(suggestedName);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> open(Node owner, String title) {
        titles.add(title);
        return Optional.ofNullable(answers.poll());
    }
}
