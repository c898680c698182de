package org.retrotread.report.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.retrotread.store.OwnerOnly;

/**
 * Comma-separated values as RFC 4180 writes them (CRLF line ends, fields with a comma, semicolon, quote or
 * line break quoted, quotes doubled), in UTF-8 with a byte-order mark so spreadsheet programs read accents
 * right.
 *
 * <p>A client's name or a note must never run as a formula. A spreadsheet starts a new field at the start
 * of a cell and, when it guesses the separator (German Excel splits on {@code ;}), after a semicolon, tab or
 * line break inside one; it also skips spaces, a byte-order mark and zero-width characters before a formula,
 * and takes the full-width {@code ＝＋－＠} as formula signs. Wherever a field can begin, a formula sign after
 * only such characters gets an apostrophe before it. A plain number ({@code -2.5}) is left as it is.
 */
public final class Csv {

    private static final String BOM = "\ufeff";
    private static final String FORMULA_SIGNS = "=+-@\uff1d\uff0b\uff0d\uff20";
    private static final String FIELD_BREAKS = ";\t\r\n";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(?:[.,]\\d{1,15})?");

    private Csv() {
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!PLAIN_NUMBER.matcher(v).matches()) {
            v = neutralised(v);
        }
        boolean quote = v.contains(",") || v.contains(";") || v.contains("\t") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** An apostrophe before every formula sign that stands where a field can begin. */
    static String neutralised(String v) {
        StringBuilder out = new StringBuilder(v.length() + 2);
        if (!v.isEmpty() && (v.charAt(0) == '\t' || v.charAt(0) == '\r')) {
            out.append('\''); // a cell that starts with a tab or return: some programs trim it and read on
        }
        boolean fieldStart = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (fieldStart && !skippedBeforeAFormula(c) && FORMULA_SIGNS.indexOf(c) >= 0) {
                out.append('\'');
            }
            out.append(c);
            if (FIELD_BREAKS.indexOf(c) >= 0) {
                fieldStart = true;
            } else if (!skippedBeforeAFormula(c)) {
                fieldStart = false;
            }
        }
        return out.toString();
    }

    /** Spaces, a byte-order mark and the zero-width and direction marks a spreadsheet passes over. */
    private static boolean skippedBeforeAFormula(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff'
                || (c >= '\u200b' && c <= '\u200f') || (c >= '\u2060' && c <= '\u2064') || (c >= '\u202a' && c <= '\u202e');
    }

    public static String text(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Writes the file whole or not at all, owner-only ({@link org.retrotread.store.OwnerOnly#write}). */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        OwnerOnly.write(target, text(header, rows).getBytes(StandardCharsets.UTF_8));
    }
}
