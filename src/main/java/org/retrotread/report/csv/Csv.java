package org.retrotread.report.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them (CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled), in UTF-8 with a byte-order mark so spreadsheet programs read accents
 * right. A cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a
 * carriage return) is neutralised with a leading apostrophe: a client's name or a note must never run.
 */
public final class Csv {

    private static final String BOM = "\ufeff";

    private Csv() {
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
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

    /** Writes the file whole or not at all (a temporary file, then a rename). */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(temporary, text(header, rows), StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
