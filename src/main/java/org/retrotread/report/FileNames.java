package org.retrotread.report;

/**
 * The names offered when a paper is saved: whose it is and from when ("Łukasz Żółć 2026-11-20 session
 * 12.pdf"), so a folder of them sorts and reads without opening any. Letters of every language are kept;
 * the characters file systems refuse (and control characters) become spaces.
 */
public final class FileNames {

    /** Long enough for a name and a date; short enough for every file system's limit with room to spare. */
    static final int LONGEST = 120;

    private FileNames() {
    }

    public static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("(?<=^|\\s)\\.+(?=\\s|$)", " ")   // ".." between separators: a name, not a path
                .replaceAll("\\s+", " ").strip()
                .replaceAll("^\\.+", "");                        // and no hidden file
        return cleaned.length() > LONGEST ? cleaned.substring(0, LONGEST).strip() : cleaned;
    }
}
