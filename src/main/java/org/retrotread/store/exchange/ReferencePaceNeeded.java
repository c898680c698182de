package org.retrotread.store.exchange;

/**
 * A Zwift run workout that gives its speeds only as shares of the runner's pace ({@code Power="0.8"}): it
 * cannot be read until someone says what 100 % is. Nothing has been imported; ask, then read it again.
 */
public final class ReferencePaceNeeded extends Exception {

    private final int pace;

    /** @param pace the pace the file names (Zwift's 0-4: mile, 5 km, 10 km, half, full marathon), or -1 */
    ReferencePaceNeeded(int pace) {
        super("reference pace needed");
        this.pace = pace;
    }

    public int pace() {
        return pace;
    }
}
