package org.retrotread.app;

import javafx.scene.Node;

/**
 * Moving between screens, for the flows that end on one: the start screen, what comes next after a session
 * (a lost session first), a refused database, a line for the person where they are. The flows are given
 * this, never the class that builds them, so nothing points back up.
 */
interface Navigator {

    /** Shows {@code screen} in place of the one shown. */
    void show(Node screen);

    void showStart();

    /** A lost session waiting for recovery first, else the start screen. */
    void showNext();

    /** Goes to the start screen and does {@code action} there, where its outcome is said. */
    void onStart(Runnable action);

    /** A database that could not be opened or used: the problem screen. */
    void failed(Exception e);

    /** A database opened in place of the one before (a restore): its screens, with {@code notice} on the first. */
    void reopened(OpenedStore store, String notice);

    /** A line for the person, where they are: the console while a session runs, else the start screen. */
    void tell(String line);
}
