package org.retrotread.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.retrotread.report.PaperSize;

/**
 * Text that flows down pages: wrapped to the width, onto a new page when it reaches the bottom, in
 * an embedded font so any name prints. Every page gets the footer and "page n of m" at the end.
 * Coordinates are PDF points from the bottom left; {@link #y} is where the next line's top goes.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 42;
    static final float FOOTER_ROOM = 22;

    final PDDocument doc = new PDDocument();
    final PDType0Font regular;
    final PDType0Font bold;
    final PaperSize paper;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final String footer;
    private final String pageOf;
    PDPageContentStream out;
    float y;

    /** @param pageOf a pattern with {0} and {1} for the page number and the count ("page {0} of {1}") */
    PdfPages(PaperSize paper, String footer, String pageOf) {
        this.paper = paper;
        this.footer = footer;
        this.pageOf = pageOf;
        try {
            regular = load("DejaVuSans.ttf");
            bold = load("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("the report font is missing from the app", e);
        }
        newPage();
    }

    private PDType0Font load(String name) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream("/org/retrotread/report/fonts/" + name)) {
            if (in == null) {
                throw new IOException("no font " + name);
            }
            return PDType0Font.load(doc, in, true); // subset: only the glyphs used are embedded
        }
    }

    float width() {
        return paper.widthPoints - 2 * MARGIN;
    }

    void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(new PDRectangle(paper.widthPoints, paper.heightPoints));
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = paper.heightPoints - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    void room(float height) {
        if (y - height < MARGIN + FOOTER_ROOM) {
            newPage();
        }
    }

    /** Writes one line at {@code x}, its top at the current {@link #y}; the caller moves y on. */
    void line(String s, float x, PDType0Font font, float size) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y - size);
            out.showText(printable(font, s));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph wrapped to {@code width}, continuing on the next page when it must. */
    void paragraph(String s, float x, float width, PDType0Font font, float size) {
        for (String l : wrap(s, font, size, width)) {
            room(size * 1.35f);
            line(l, x, font, size);
            y -= size * 1.35f;
        }
    }

    float textWidth(String s, PDType0Font font, float size) {
        try {
            return font.getStringWidth(printable(font, s)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code width}: broken at spaces, and inside a word only when one word is wider than a line. */
    List<String> wrap(String s, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : s.split("\\R", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (textWidth(candidate, font, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, font, size) > width && rest.length() > 1) {
                    int fit = rest.length() - 1;
                    while (fit > 1 && textWidth(rest.substring(0, fit), font, size) > width) {
                        fit--;
                    }
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                current.append(rest);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /** The text with characters the font has no glyph for (and control characters) shown as "?", never an error. */
    String printable(PDType0Font font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (printable.computeIfAbsent(cp * 2 + (font == bold ? 1 : 0), k -> encodes(font, cp))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static boolean encodes(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Finishes every page with the footer and its number, and returns the file's bytes. */
    byte[] finish() {
        try {
            out.close();
            int count = doc.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = f;
                    y = MARGIN;
                    line(footer, MARGIN, regular, 7.5f);
                    String number = MessageFormat.format(pageOf, i + 1, count);
                    float w = textWidth(number, regular, 7.5f);
                    line(number, paper.widthPoints - MARGIN - w, regular, 7.5f);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing was written to disk by this document; closing only frees memory
        }
    }
}
